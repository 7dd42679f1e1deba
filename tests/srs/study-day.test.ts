import { describe, expect, it } from "vitest";
import { buryCard } from "@/lib/srs/card-actions";
import { newCard } from "@/lib/srs/scheduler";
import {
  isValidTimeZone,
  nextDayStart,
  studyDayOf,
  studyDayStart,
  timeZoneOffsetMs,
  zonedInstant,
} from "@/lib/srs/study-day";

const at = (iso: string) => new Date(iso);
const HOUR = 3_600_000;

describe("study days start at 4 a.m. in the learner's zone", () => {
  it("Asia/Kolkata (+5:30): 03:59 local belongs to the day before, 04:00 starts the new one", () => {
    expect(timeZoneOffsetMs(at("2026-06-10T12:00:00Z"), "Asia/Kolkata")).toBe(5.5 * HOUR);
    expect(studyDayOf(at("2026-06-10T22:29:00Z"), "Asia/Kolkata")).toBe("2026-06-10"); // 03:59 on the 11th
    expect(studyDayOf(at("2026-06-10T22:30:00Z"), "Asia/Kolkata")).toBe("2026-06-11"); // 04:00 on the 11th
    expect(nextDayStart(at("2026-06-10T22:29:00Z"), "Asia/Kolkata")).toEqual(at("2026-06-10T22:30:00Z"));
  });

  it("UTC with a custom start hour", () => {
    expect(studyDayOf(at("2026-06-10T05:59:00Z"), "UTC", 6)).toBe("2026-06-09");
    expect(nextDayStart(at("2026-06-10T05:59:00Z"), "UTC", 6)).toEqual(at("2026-06-10T06:00:00Z"));
    expect(nextDayStart(at("2026-06-10T06:00:00Z"), "UTC", 6)).toEqual(at("2026-06-11T06:00:00Z"));
  });

  it("America/Los_Angeles spring forward (8 Mar 2026): that study day is 23 hours long", () => {
    const saturday = studyDayStart(at("2026-03-07T20:00:00Z"), "America/Los_Angeles");
    const sunday = nextDayStart(at("2026-03-07T20:00:00Z"), "America/Los_Angeles");
    expect(saturday).toEqual(at("2026-03-07T12:00:00Z")); // 04:00 PST
    expect(sunday).toEqual(at("2026-03-08T11:00:00Z")); // 04:00 PDT
    expect(sunday.getTime() - saturday.getTime()).toBe(23 * HOUR);
    expect(studyDayOf(at("2026-03-08T10:59:00Z"), "America/Los_Angeles")).toBe("2026-03-07");
    expect(studyDayOf(at("2026-03-08T11:00:00Z"), "America/Los_Angeles")).toBe("2026-03-08");
  });

  it("America/Los_Angeles fall back (1 Nov 2026): that study day is 25 hours long", () => {
    const start = studyDayStart(at("2026-10-31T20:00:00Z"), "America/Los_Angeles");
    const end = nextDayStart(at("2026-10-31T20:00:00Z"), "America/Los_Angeles");
    expect(start).toEqual(at("2026-10-31T11:00:00Z"));
    expect(end).toEqual(at("2026-11-01T12:00:00Z"));
    expect(end.getTime() - start.getTime()).toBe(25 * HOUR);
  });

  it("Pacific/Auckland end of daylight saving (5 Apr 2026, +13 → +12)", () => {
    expect(studyDayStart(at("2026-04-04T00:00:00Z"), "Pacific/Auckland")).toEqual(at("2026-04-03T15:00:00Z"));
    expect(nextDayStart(at("2026-04-04T00:00:00Z"), "Pacific/Auckland")).toEqual(at("2026-04-04T16:00:00Z"));
    // 23:30 UTC on the 4th is 11:30 NZST on the 5th.
    expect(studyDayOf(at("2026-04-04T23:30:00Z"), "Pacific/Auckland")).toBe("2026-04-05");
  });

  it("a start hour inside a DST gap moves to the end of the gap; a repeated hour takes the first", () => {
    expect(zonedInstant("2026-03-08", 2, "America/Los_Angeles")).toEqual(at("2026-03-08T10:00:00Z")); // 03:00 PDT
    expect(nextDayStart(at("2026-03-07T20:00:00Z"), "America/Los_Angeles", 2)).toEqual(at("2026-03-08T10:00:00Z"));
    expect(zonedInstant("2026-11-01", 1, "America/Los_Angeles")).toEqual(at("2026-11-01T08:00:00Z")); // 01:00 PDT
  });

  it("offsets stay exact inside an hour that contains a change (Adelaide, 16:30 UTC on 4 Apr 2026)", () => {
    expect(timeZoneOffsetMs(at("2026-04-04T16:00:00Z"), "Australia/Adelaide")).toBe(10.5 * HOUR);
    expect(timeZoneOffsetMs(at("2026-04-04T16:29:59Z"), "Australia/Adelaide")).toBe(10.5 * HOUR);
    expect(timeZoneOffsetMs(at("2026-04-04T16:30:00Z"), "Australia/Adelaide")).toBe(9.5 * HOUR);
    expect(timeZoneOffsetMs(at("2026-04-04T16:59:00Z"), "Australia/Adelaide")).toBe(9.5 * HOUR);
    expect(timeZoneOffsetMs(at("2026-04-04T16:10:00Z"), "Australia/Adelaide")).toBe(10.5 * HOUR);
  });

  it("says what is wrong with an unknown zone or hour", () => {
    expect(isValidTimeZone("Mars/Olympus_Mons")).toBe(false);
    expect(() => studyDayOf(at("2026-01-01T00:00:00Z"), "Mars/Olympus_Mons")).toThrow(/unknown time zone "Mars\/Olympus_Mons"/);
    expect(() => studyDayOf(at("2026-01-01T00:00:00Z"), "UTC", 24)).toThrow(/dayStartHour/);
  });

  it("bury hides a card until the next study day starts in the learner's zone", () => {
    const card = buryCard(newCard("c", at("2026-06-10T12:00:00Z")), at("2026-06-10T12:00:00Z"), "Asia/Kolkata");
    expect(card.flags.buriedUntil).toEqual(at("2026-06-10T22:30:00Z"));
  });
});
