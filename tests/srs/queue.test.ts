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

  it("a card without a note is a note of its own: cards with no note are not siblings of each other", () => {
    const q = queue([card("x", "new", now, { noteId: "", position: 1 }), card("y", "new", now, { noteId: "", position: 2 })], { reviewedNoteIdsToday: [""] });
    expect(ids(q)).toEqual(["x", "y"]);
    expect(q.buriedSiblingIds).toEqual([]);
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

/**
 * The rules of the module comment, written the plainest way (a filter per bucket), as the model the
 * one-pass queue must agree with on any mix of cards.
 */
function modelQueue(input: DailyQueueInput): { ids: string[]; counts: object; overLimit: object; buried: string[]; nextLearningDue: number | null } {
  const t = input.now.getTime();
  const dayEnd = buildDailyQueue({ ...input, cards: [] }).dayEndsAt.getTime();
  const r = (c: QueueCard) => (input.retrievability ?? (() => 0))(c.schedule, input.now);
  const byDue = (a: QueueCard, b: QueueCard) => a.schedule.due.getTime() - b.schedule.due.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const open = input.cards.filter((c) => !c.flags.suspended && !(c.flags.buriedUntil && c.flags.buriedUntil.getTime() > t));
  const learning = open.filter((c) => c.schedule.state === "learning" || c.schedule.state === "relearning");
  const now = learning.filter((c) => c.schedule.due.getTime() <= t).sort(byDue);
  const ahead = learning.filter((c) => c.schedule.due.getTime() > t && c.schedule.due.getTime() <= t + 20 * MIN).sort(byDue);
  const later = learning.filter((c) => c.schedule.due.getTime() > t + 20 * MIN && c.schedule.due.getTime() < dayEnd).sort(byDue);
  const notes = new Set(input.reviewedNoteIdsToday);
  const buried: string[] = [];
  const take = (list: QueueCard[], limit: number) => {
    const taken: QueueCard[] = [];
    let left = 0;
    for (const c of list) {
      if (notes.has(c.noteId)) buried.push(c.id);
      else if (taken.length < limit) {
        taken.push(c);
        notes.add(c.noteId);
      } else left += 1;
    }
    return { taken, left };
  };
  const reviews = take(
    open.filter((c) => c.schedule.state === "review" && c.schedule.due.getTime() < dayEnd).sort((a, b) => r(a) - r(b) || byDue(a, b)),
    Math.max(0, input.maxReviewsPerDay - input.doneToday.reviews),
  );
  const fresh = take(
    open.filter((c) => c.schedule.state === "new").sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    Math.max(0, input.newCardsPerDay - input.doneToday.newCards),
  );
  return {
    ids: [...now, ...reviews.taken, ...fresh.taken, ...ahead].map((c) => c.id),
    counts: { learning: now.length + ahead.length, review: reviews.taken.length, new: fresh.taken.length },
    overLimit: { review: reviews.left, new: fresh.left },
    buried,
    nextLearningDue: later[0]?.schedule.due.getTime() ?? null,
  };
}

describe("daily queue: agrees with the plain model of its rules", () => {
  it("on 300 random decks of mixed states, flags, siblings, ties and limits", () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const states: CardStateName[] = ["new", "learning", "review", "relearning"];
    const offsets = [-3 * DAY, -DAY, -30 * MIN, -MIN, 0, MIN, 10 * MIN, 20 * MIN, 45 * MIN, 5 * 3600_000, 16 * 3600_000, DAY, 9 * DAY];
    for (let run = 0; run < 300; run += 1) {
      const cards = Array.from({ length: 1 + Math.floor(random() * 40) }, (_, i) =>
        card(`c${Math.floor(random() * 1000)}-${i}`, pick(states), new Date(now.getTime() + pick(offsets)), {
          noteId: `n${Math.floor(random() * 12)}`,
          position: Math.floor(random() * 8),
          stability: pick([0.5, 2, 5, 30]),
          suspended: random() < 0.1,
          buriedUntil: random() < 0.1 ? new Date(now.getTime() + pick([-DAY, DAY])) : undefined,
        }),
      );
      const input: DailyQueueInput = {
        cards,
        now,
        timeZone: pick(["UTC", "Asia/Kolkata", "America/Los_Angeles"]),
        newCardsPerDay: Math.floor(random() * 6),
        maxReviewsPerDay: Math.floor(random() * 8),
        doneToday: { newCards: Math.floor(random() * 3), reviews: Math.floor(random() * 3) },
        reviewedNoteIdsToday: random() < 0.5 ? [`n${Math.floor(random() * 12)}`] : [],
        retrievability: (schedule) => Math.exp(-(now.getTime() - (schedule.lastReview?.getTime() ?? 0)) / DAY / (schedule.stability || 1)),
      };
      const q = buildDailyQueue(input);
      expect({
        ids: q.cards.map((entry) => entry.card.id),
        counts: q.counts,
        overLimit: q.overLimit,
        buried: q.buriedSiblingIds,
        nextLearningDue: q.nextLearningDue?.getTime() ?? null,
      }).toEqual(modelQueue(input));
    }
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
