import { describe, expect, it } from "vitest";
import { createScheduler, newCard } from "@/lib/srs/scheduler";
import type { Rating, SrsCard } from "@/lib/srs/types";

const DAY = 86_400_000;
const start = new Date("2026-01-05T09:00:00Z");

/** Answers `ratings` in order, each time exactly when the card falls due. */
function walk(ratings: readonly Rating[], id = "card-1", scheduler = createScheduler()) {
  let card = newCard(id, start);
  let now = start;
  const steps: { state: string; due: string; scheduledDays: number }[] = [];
  for (const rating of ratings) {
    card = scheduler.review(card, rating, now).card;
    steps.push({ state: card.schedule.state, due: card.schedule.due.toISOString(), scheduledDays: card.schedule.scheduledDays });
    now = card.schedule.due;
  }
  return { card, steps };
}

describe("scheduler: golden interval sequences (FSRS-6 default weights, retention 0.9, fuzz seeded by card id)", () => {
  it("Good ×4, Again, Good ×3, Easy, Hard", () => {
    // Reviewed for plausibility: learning steps 1m/10m, graduation at ~2 d (S0(Good)=2.31 d),
    // roughly ×4 growth while answers are Good, a 10-minute relearning step after the lapse,
    // a much shorter post-lapse interval, Easy jumping further than Good, Hard still growing.
    const { steps } = walk([3, 3, 3, 3, 1, 3, 3, 3, 4, 2]);
    expect(steps).toEqual([
      { state: "learning", due: "2026-01-05T09:10:00.000Z", scheduledDays: 0 },
      { state: "review", due: "2026-01-07T09:10:00.000Z", scheduledDays: 2 },
      { state: "review", due: "2026-01-18T09:10:00.000Z", scheduledDays: 11 },
      { state: "review", due: "2026-03-02T09:10:00.000Z", scheduledDays: 43 },
      { state: "relearning", due: "2026-03-02T09:20:00.000Z", scheduledDays: 0 },
      { state: "review", due: "2026-03-06T09:20:00.000Z", scheduledDays: 4 },
      { state: "review", due: "2026-03-16T09:20:00.000Z", scheduledDays: 10 },
      { state: "review", due: "2026-04-08T09:20:00.000Z", scheduledDays: 23 },
      { state: "review", due: "2026-06-19T09:20:00.000Z", scheduledDays: 72 },
      { state: "review", due: "2026-10-19T09:20:00.000Z", scheduledDays: 122 },
    ]);
  });

  it("learning steps: Again 1m, Hard 6m, Good 10m from a new card; Easy graduates at once", () => {
    const scheduler = createScheduler();
    const labels = scheduler.preview(newCard("c", start), start).map((p) => p.label);
    expect(labels.slice(0, 3)).toEqual(["1m", "6m", "10m"]);
    expect(labels[3]).toMatch(/^\d+d$/);
  });

  it("without fuzz the intervals are FSRS's own: 2, 11, 46 days for Good after graduation", () => {
    const { steps } = walk([3, 3, 3, 3], "x", createScheduler({ enableFuzz: false }));
    expect(steps.map((s) => s.scheduledDays)).toEqual([0, 2, 11, 46]);
  });

  it("higher desired retention gives shorter intervals", () => {
    const low = walk([3, 3, 3, 3], "x", createScheduler({ enableFuzz: false, desiredRetention: 0.8 }));
    const high = walk([3, 3, 3, 3], "x", createScheduler({ enableFuzz: false, desiredRetention: 0.95 }));
    expect(low.steps[3]!.scheduledDays).toBeGreaterThan(high.steps[3]!.scheduledDays);
  });
});

describe("scheduler: seeded fuzz", () => {
  it("is deterministic per card, time and rating", () => {
    const a = walk([3, 3, 3, 3, 3], "card-42");
    const b = walk([3, 3, 3, 3, 3], "card-42");
    expect(a.steps).toEqual(b.steps);
  });

  it("spreads cards studied together", () => {
    const dues = new Set(Array.from({ length: 20 }, (_, i) => walk([3, 3, 3, 3, 3], `card-${i}`).card.schedule.due.getTime()));
    expect(dues.size).toBeGreaterThan(3);
  });

  it("preview shows exactly what review will do", () => {
    const scheduler = createScheduler();
    let card: SrsCard = walk([3, 3, 3], "p").card;
    const now = card.schedule.due;
    for (const preview of scheduler.preview(card, now)) {
      const reviewed = scheduler.review(card, preview.rating, now).card;
      expect(reviewed.schedule).toEqual(preview.schedule);
    }
    card = scheduler.review(card, 3, now).card;
    expect(card.schedule.reps).toBe(4);
  });
});

describe("scheduler: retrievability and validation", () => {
  it("is 0 for a new card, 0.9 at stability days, and falls with time", () => {
    const scheduler = createScheduler();
    const card = walk([3, 3], "r").card;
    const last = card.schedule.lastReview!;
    const s = card.schedule.stability;
    expect(scheduler.retrievability(newCard("n", start).schedule, start)).toBe(0);
    expect(scheduler.retrievability(card.schedule, last)).toBeCloseTo(1, 6);
    expect(scheduler.retrievability(card.schedule, new Date(last.getTime() + s * DAY))).toBeCloseTo(0.9, 6);
    expect(scheduler.retrievability(card.schedule, new Date(last.getTime() + 30 * DAY))).toBeLessThan(0.9);
  });

  it("rejects a parameter list of the wrong length and an impossible retention", () => {
    expect(() => createScheduler({ parameters: [1, 2, 3] })).toThrow(/21 numbers/);
    expect(() => createScheduler({ desiredRetention: 1.2 })).toThrow(/desiredRetention/);
  });

  it("does not mutate the card it is given", () => {
    const scheduler = createScheduler();
    const card = walk([3, 3], "m").card;
    const snapshot = structuredClone(card);
    scheduler.review(card, 1, card.schedule.due);
    scheduler.preview(card, card.schedule.due);
    expect(card).toEqual(snapshot);
  });
});

describe("scheduler: days elapsed are the learner's study days", () => {
  it("22:00 then 08:00 next morning in Los Angeles is one day apart there, the same day in UTC", () => {
    const lastReview = new Date("2026-06-10T05:00:00Z"); // 22:00 PDT on the 9th
    const now = new Date("2026-06-10T15:00:00Z"); // 08:00 PDT on the 10th
    const card: SrsCard = {
      ...newCard("tz", lastReview),
      schedule: { ...newCard("tz", lastReview).schedule, state: "review", stability: 3, difficulty: 5, reps: 3, lastReview, due: now, scheduledDays: 1 },
    };
    const inLosAngeles = createScheduler({ timeZone: "America/Los_Angeles" }).review(card, 3, now);
    const inUtc = createScheduler().review(card, 3, now);
    expect(inLosAngeles.log.elapsedDays).toBe(1);
    expect(inUtc.log.elapsedDays).toBe(0);
    // A same-day review only nudges stability; a next-day success grows it.
    expect(inLosAngeles.card.schedule.stability).toBeGreaterThan(inUtc.card.schedule.stability);
    expect(inLosAngeles.card.schedule.lastReview).toEqual(now);
  });

  it("rejects an unknown zone when the scheduler is created", () => {
    expect(() => createScheduler({ timeZone: "Mars/Base" })).toThrow(/unknown time zone/);
  });
});
