import { describe, expect, it } from "vitest";
import { buildDailyQueue, doneTodayFromLog, type DailyQueueInput, type QueueCard } from "@/lib/srs/queue";
import type { CardSchedule, CardStateName } from "@/lib/srs/types";

const DAY = 86_400_000;
const MIN = 60_000;
const now = new Date("2026-06-10T10:00:00Z");

function card(
  id: string,
  state: CardStateName,
  due: Date,
  extra: { noteId?: string; position?: number; stability?: number; lastReview?: Date; suspended?: boolean; buriedUntil?: Date } = {},
): QueueCard {
  const stability = extra.stability ?? (state === "new" ? 0 : 5);
  const schedule: CardSchedule = {
    state,
    due,
    stability,
    difficulty: state === "new" ? 0 : 5,
    elapsedDays: 0,
    scheduledDays: 0,
    learningSteps: 0,
    reps: state === "new" ? 0 : 3,
    lapses: 0,
    lastReview: state === "new" ? null : (extra.lastReview ?? new Date(due.getTime() - stability * DAY)),
  };
  return {
    id,
    noteId: extra.noteId ?? `note-${id}`,
    deckId: "deck",
    schedule,
    flags: { suspended: extra.suspended ?? false, buriedUntil: extra.buriedUntil ?? null, leech: false },
    position: extra.position ?? 0,
  };
}

function queue(cards: QueueCard[], overrides: Partial<DailyQueueInput> = {}) {
  return buildDailyQueue({
    cards,
    now,
    timeZone: "UTC",
    newCardsPerDay: 20,
    maxReviewsPerDay: 200,
    doneToday: { newCards: 0, reviews: 0 },
    reviewedNoteIdsToday: [],
    ...overrides,
  });
}

const ids = (q: ReturnType<typeof queue>) => q.cards.map((entry) => entry.card.id);

describe("daily queue: order", () => {
  it("due learning, then reviews, then new cards in deck order, then learn-ahead learning", () => {
    const q = queue([
      card("new-b", "new", now, { position: 2 }),
      card("learn-soon", "learning", new Date(now.getTime() + 10 * MIN)),
      card("review", "review", new Date(now.getTime() - DAY)),
      card("new-a", "new", now, { position: 1 }),
      card("relearn-due", "relearning", new Date(now.getTime() - MIN)),
    ]);
    expect(ids(q)).toEqual(["relearn-due", "review", "new-a", "new-b", "learn-soon"]);
    expect(q.cards.map((e) => e.kind)).toEqual(["learning", "review", "new", "new", "learning"]);
    expect(q.counts).toEqual({ learning: 2, review: 1, new: 2 });
  });

  it("reviews: most overdue relative to stability first", () => {
    const threeDaysLate = new Date(now.getTime() - 3 * DAY);
    const q = queue([
      card("long-interval", "review", threeDaysLate, { stability: 100 }),
      card("short-interval", "review", threeDaysLate, { stability: 2 }),
      card("on-time", "review", now, { stability: 2 }),
    ]);
    expect(ids(q)).toEqual(["short-interval", "long-interval", "on-time"]);
  });

  it("a learning card due beyond the learn-ahead window waits; the queue says when it is due", () => {
    const later = new Date(now.getTime() + 45 * MIN);
    const q = queue([card("learn-later", "learning", later), card("learn-ahead", "learning", new Date(now.getTime() + 15 * MIN))]);
    expect(ids(q)).toEqual(["learn-ahead"]);
    expect(q.nextLearningDue).toEqual(later);
  });

  it("reviews due later in the study day count, those due after the next 4 a.m. do not", () => {
    const q = queue([
      card("tonight", "review", new Date("2026-06-11T03:59:00Z")),
      card("tomorrow", "review", new Date("2026-06-11T04:00:00Z")),
    ]);
    expect(ids(q)).toEqual(["tonight"]);
    expect(q.dayEndsAt).toEqual(new Date("2026-06-11T04:00:00Z"));
  });

  it("the study day follows the learner's zone (Kolkata: the day ends at 22:30 UTC)", () => {
    const q = queue([card("r", "review", new Date("2026-06-10T22:45:00Z"))], { timeZone: "Asia/Kolkata" });
    expect(ids(q)).toEqual([]);
  });
});

describe("daily queue: limits and exclusions", () => {
  it("counts what was already done today against the limits", () => {
    const cards = [
      ...Array.from({ length: 5 }, (_, i) => card(`r${i}`, "review", new Date(now.getTime() - (i + 1) * DAY))),
      ...Array.from({ length: 5 }, (_, i) => card(`n${i}`, "new", now, { position: i })),
    ];
    const q = queue(cards, { maxReviewsPerDay: 10, newCardsPerDay: 4, doneToday: { reviews: 8, newCards: 1 } });
    expect(q.counts).toMatchObject({ review: 2, new: 3 });
    expect(q.overLimit).toEqual({ review: 3, new: 2 });
    expect(ids(q).filter((id) => id.startsWith("n"))).toEqual(["n0", "n1", "n2"]);
    const none = queue(cards, { newCardsPerDay: 4, doneToday: { reviews: 0, newCards: 9 } });
    expect(none.counts.new).toBe(0);
  });

  it("skips suspended cards and cards buried until later, not those whose burial has ended", () => {
    const q = queue([
      card("suspended", "review", now, { suspended: true }),
      card("buried", "review", now, { buriedUntil: new Date(now.getTime() + DAY) }),
      card("unburied", "review", now, { buriedUntil: new Date(now.getTime() - MIN) }),
    ]);
    expect(ids(q)).toEqual(["unburied"]);
  });
});

describe("daily queue: siblings", () => {
  it("a note studied today keeps its other new and review cards out, but not its learning cards", () => {
    const q = queue(
      [
        card("n1-review", "review", now, { noteId: "n1" }),
        card("n1-new", "new", now, { noteId: "n1" }),
        card("n1-learning", "learning", now, { noteId: "n1" }),
        card("n2-new", "new", now, { noteId: "n2" }),
      ],
      { reviewedNoteIdsToday: ["n1"] },
    );
    expect(ids(q)).toEqual(["n1-learning", "n2-new"]);
    expect(q.buriedSiblingIds).toEqual(["n1-review", "n1-new"]);
  });

  it("offers one card per note a day: a review beats its new sibling, the first new card beats the next", () => {
    const q = queue([
      card("a-new", "new", now, { noteId: "a", position: 1 }),
      card("a-review", "review", now, { noteId: "a" }),
      card("b-new-1", "new", now, { noteId: "b", position: 2 }),
      card("b-new-2", "new", now, { noteId: "b", position: 3 }),
    ]);
    expect(ids(q)).toEqual(["a-review", "b-new-1"]);
    expect([...q.buriedSiblingIds].sort()).toEqual(["a-new", "b-new-2"]);
  });
});

describe("what was done today", () => {
  it("counts today's new cards and reviews in the learner's zone and lists the notes touched", () => {
    const entries = [
      { cardId: "a", reviewedAt: new Date("2026-06-10T05:00:00Z"), stateBefore: "new" as const },
      { cardId: "a", reviewedAt: new Date("2026-06-10T05:01:00Z"), stateBefore: "learning" as const },
      { cardId: "b", reviewedAt: new Date("2026-06-10T06:00:00Z"), stateBefore: "review" as const },
      { cardId: "c", reviewedAt: new Date("2026-06-10T03:00:00Z"), stateBefore: "review" as const }, // yesterday's study day
    ];
    const notes: Record<string, string> = { a: "n1", b: "n2", c: "n3" };
    expect(doneTodayFromLog(entries, { now, timeZone: "UTC", noteIdOf: (id) => notes[id] })).toEqual({
      newCards: 1,
      reviews: 1,
      reviewedNoteIds: ["n1", "n2"],
    });
  });
});
