import { describe, expect, it } from "vitest";
import { createScheduler, newCard } from "@/lib/srs/scheduler";
import { flagsFromJson, flagsToJson, scheduleFromJson, scheduleToJson } from "@/lib/srs/serialize";

describe("schedule JSON (for the review log's previous-state column)", () => {
  it("round-trips a reviewed card exactly", () => {
    const scheduler = createScheduler();
    const now = new Date("2026-03-01T08:00:00.123Z");
    const { card } = scheduler.review(newCard("c", now), 3, now);
    const text = JSON.stringify(scheduleToJson(card.schedule));
    expect(scheduleFromJson(text)).toEqual(card.schedule);
    const flags = { suspended: true, buriedUntil: new Date("2026-03-02T04:00:00Z"), leech: false };
    expect(flagsFromJson(JSON.stringify(flagsToJson(flags)))).toEqual(flags);
  });

  it("says which field is wrong", () => {
    const good = scheduleToJson(newCard("c", new Date("2026-03-01T08:00:00Z")).schedule);
    expect(() => scheduleFromJson({ ...good, state: "mastered" })).toThrow(/"state" must be one of new, learning, review, relearning/);
    expect(() => scheduleFromJson({ ...good, due: "soon" })).toThrow(/"due" must be an ISO date string/);
    expect(() => scheduleFromJson({ ...good, stability: "high" })).toThrow(/"stability" must be a finite number/);
    expect(() => flagsFromJson({ suspended: "no" })).toThrow(/flags JSON must be/);
  });
});
