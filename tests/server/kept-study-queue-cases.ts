import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@/prisma/generated/client";

/**
 * The study loop keeps each learner's card states, today's reviews and the queue's cards in memory and
 * updates them card by card as answers are recorded (lib/server/study/learner-snapshot.ts). Invariant:
 * after any sequence of answers, undos, writes by others and day changes, the queue built from the kept
 * copies is exactly the queue a process with nothing kept would build from the database.
 */
type QueueModule = typeof import("@/lib/server/study/load-study-queue");

/** A fresh migrated database of either kind (./migrated-database.ts, ./postgres-database.ts). */
export interface TestDatabase {
  readonly db: PrismaClient;
  readonly url: string;
  dispose(): Promise<void>;
}

/**
 * The cases, on the database `open` makes: kept-study-queue.test.ts runs them on SQLite,
 * kept-study-queue-postgres.test.ts on PostgreSQL, where `env.db` writing beside the app's pool stands
 * for another instance.
 */
export function keptStudyQueueCases(open: () => Promise<TestDatabase>): void {
let env: TestDatabase;
let kept: { queue: QueueModule; answer: typeof import("@/lib/server/study/answer-review"); undo: typeof import("@/lib/server/study/undo-review") };
let userId: string;
const deckIds: string[] = [];
const cardIds: string[] = [];

beforeAll(async () => {
  env = await open();
  process.env.DATABASE_URL = env.url;
  for (const [d, slug] of ["alpha", "beta"].entries()) {
    const deck = await env.db.deck.create({ data: { slug, title: slug.toUpperCase(), origin: "builtin", visibility: "public" } });
    deckIds.push(deck.id);
    for (let i = 0; i < 12; i += 1) {
      // Pairs of cards share a note, so siblings get buried, two notes span both decks and one card has
      // no note; positions run backwards to test the order.
      const noteId = i < 2 ? `shared-${i}` : i === 11 ? "" : `note-${d}-${Math.floor(i / 2)}`;
      const card = await env.db.card.create({
        data: { deckId: deck.id, key: `k${i}`, kind: "basic", front: `F${d}-${i}`, back: "B", noteId, position: 12 - i },
      });
      cardIds.push(card.id);
    }
  }
  userId = (await env.db.user.create({ data: { email: "kept@example.com", name: "Kept", passwordHash: "x" } })).id;
  await env.db.studySettings.create({ data: { userId, newCardsPerDay: 9, maxReviewsPerDay: 30, timeZone: "Asia/Kolkata" } });
  kept = {
    queue: await import("@/lib/server/study/load-study-queue"),
    answer: await import("@/lib/server/study/answer-review"),
    undo: await import("@/lib/server/study/undo-review"),
  };
});

afterAll(async () => env.dispose());

/** The queue as a process that has kept nothing builds it: a fresh copy of the modules. */
async function freshQueue(learner: string, decks: string[], now: Date) {
  vi.resetModules();
  const fresh = (await import("@/lib/server/study/load-study-queue")) as QueueModule;
  return fresh.loadStudyQueue(learner, decks, now);
}

describe("kept study queue", () => {
  it("equals a fresh read after 240 mixed steps", async () => {
    let seed = 11;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    let now = new Date("2026-03-01T05:00:00Z");
    let answered = 0;
    let othersWrote = 0;
    let authorsWrote = 0;
    for (let step = 0; step < 240; step += 1) {
      const decks = random() < 0.4 ? [deckIds[Math.floor(random() * 2)] as string] : [];
      const roll = random();
      if (roll < 0.08) {
        // Another connection (the settings page, another process) suspends or frees a card.
        const cardId = cardIds[Math.floor(random() * cardIds.length)] as string;
        await env.db.cardState.upsert({
          where: { userId_cardId: { userId, cardId } },
          create: { userId, cardId, due: now, suspended: true },
          update: { suspended: random() < 0.5 },
        });
        othersWrote += 1;
      } else if (roll < 0.14) {
        await kept.undo.undoLastReview(userId, now).catch(() => undefined);
      } else if (roll < 0.2) {
        // The learner changes their limits: tight ones show miscounted answers, loose ones misburied siblings.
        const tight = random() < 0.5;
        await env.db.studySettings.update({ where: { userId }, data: { newCardsPerDay: tight ? 3 : 40, maxReviewsPerDay: tight ? 2 : 100 } });
      } else if (roll < 0.22) {
        // An author retires a card or brings it back: the catalogue changes under the kept copies.
        const cardId = cardIds[Math.floor(random() * cardIds.length)] as string;
        await env.db.card.update({ where: { id: cardId }, data: { retiredAt: random() < 0.5 ? now : null } });
        authorsWrote += 1;
      } else {
        const queue = await kept.queue.loadStudyQueue(userId, decks, now);
        // Mostly the card the queue offers, sometimes any card (another tab, an older page).
        const cardId = random() < 0.7 && queue.next ? queue.next.card.id : (cardIds[Math.floor(random() * cardIds.length)] as string);
        const rating = (1 + Math.floor(random() * 4)) as 1 | 2 | 3 | 4;
        const answer = { clientId: `answer-${step}-${seed}`, cardId, rating, durationMs: 1000, decks };
        // A retired card cannot be answered (404); anything else is a failure.
        const recorded = await kept.answer.answerReview(userId, answer, now).catch((error: { status?: number }) => {
          if (error.status !== 404) throw error;
          return null;
        });
        if (recorded) answered += 1;
      }
      // Minutes between most answers; sometimes hours, crossing the 4 a.m. (Kolkata) day boundary.
      now = new Date(now.getTime() + (random() < 0.1 ? 7 * 3_600_000 : (1 + Math.floor(random() * 12)) * 60_000));
      const keptQueue = await kept.queue.loadStudyQueue(userId, decks, now);
      expect(keptQueue, `step ${step}`).toEqual(await freshQueue(userId, decks, now));
    }
    expect(answered).toBeGreaterThan(150);
    expect(othersWrote).toBeGreaterThan(5);
    expect(authorsWrote).toBeGreaterThan(1);
  }, 60_000);
});

describe("answers here and in other decks, with one deck chosen", () => {
  const now = new Date("2026-04-10T09:00:00Z");
  let gamma: { id: string; cards: string[] };
  let delta: { id: string; cards: string[] };

  beforeAll(async () => {
    // Two decks of four new cards; note "twin" has a card in each, note "g1" two cards in gamma.
    const make = async (slug: string, noteIds: string[]) => {
      const deck = await env.db.deck.create({ data: { slug, title: slug, origin: "builtin", visibility: "public" } });
      const cards: string[] = [];
      for (const [i, noteId] of noteIds.entries()) {
        cards.push((await env.db.card.create({ data: { deckId: deck.id, key: `k${i}`, kind: "basic", front: `${slug} ${i}`, back: "B", noteId, position: i } })).id);
      }
      return { id: deck.id, cards };
    };
    gamma = await make("gamma", ["twin", "g1", "g1", "g3"]);
    delta = await make("delta", ["twin", "d1", "d2", "d3"]);
  });

  async function learnerWith(limits: { newCardsPerDay: number; maxReviewsPerDay: number }) {
    const id = (await env.db.user.create({ data: { email: `elsewhere-${Math.random()}@example.com`, name: "E", passwordHash: "x" } })).id;
    await env.db.studySettings.create({ data: { userId: id, timeZone: "UTC", ...limits } });
    return id;
  }
  const answer = (learner: string, cardId: string | undefined, at: Date) =>
    kept.answer.answerReview(learner, { clientId: `elsewhere-${Math.random()}`, cardId: cardId as string, rating: 3, durationMs: 1000, decks: [] }, at);
  const gammaQueue = (learner: string, at = now) => kept.queue.loadStudyQueue(learner, [gamma.id], at);

  it("learners who may study the same decks share one catalogue; each keeps their own schedules", async () => {
    const { studyCatalogue } = await import("@/lib/server/study/study-catalogue");
    const [first, second] = [await learnerWith({ newCardsPerDay: 100, maxReviewsPerDay: 100 }), await learnerWith({ newCardsPerDay: 100, maxReviewsPerDay: 100 })];
    expect(await studyCatalogue(first, [gamma.id])).toBe(await studyCatalogue(second, [gamma.id]));
    await answer(first, gamma.cards[3], now);
    expect((await gammaQueue(first)).counts).toMatchObject({ new: 2, learning: 1 });
    expect((await gammaQueue(second)).counts).toMatchObject({ new: 3, learning: 0 });
  });

  it("new cards introduced here or in another deck count against this deck's new-card limit", async () => {
    const learner = await learnerWith({ newCardsPerDay: 3, maxReviewsPerDay: 100 });
    expect((await gammaQueue(learner)).counts.new).toBe(3); // twin, g1, g3: one card per note
    await answer(learner, delta.cards[1], now);
    expect((await gammaQueue(learner)).counts.new).toBe(2);
    await answer(learner, gamma.cards[3], now);
    const after = await gammaQueue(learner);
    expect(after.counts.new).toBe(1);
    expect(after.doneToday).toBe(2);
    expect(after).toEqual(await freshQueue(learner, [gamma.id], now));
  });

  it("a note answered here or in another deck buries its other cards here for the day", async () => {
    const learner = await learnerWith({ newCardsPerDay: 100, maxReviewsPerDay: 100 });
    expect((await gammaQueue(learner)).counts.new).toBe(3);
    await answer(learner, delta.cards[0], now); // twin
    const afterTwin = await gammaQueue(learner);
    expect(afterTwin.counts.new).toBe(2); // g1, g3
    expect(afterTwin.next?.card.id).toBe(gamma.cards[1]);
    await answer(learner, gamma.cards[1], now); // g1's first card: its second is buried
    const after = await gammaQueue(learner);
    expect(after.counts.new).toBe(1);
    expect(after.next?.card.id).toBe(gamma.cards[3]);
    expect(after).toEqual(await freshQueue(learner, [gamma.id], now));
    // The next study day both are back: twin and g1's second card (its first is in learning), and g3.
    expect((await gammaQueue(learner, new Date(now.getTime() + 86_400_000))).counts.new).toBe(3);
  });

  it("reviews answered here and in another deck count against this deck's review limit", async () => {
    const learner = await learnerWith({ newCardsPerDay: 0, maxReviewsPerDay: 2 });
    const dueReview = (cardId: string | undefined) => ({
      userId: learner,
      cardId: cardId as string,
      state: "review",
      due: new Date(now.getTime() - 86_400_000),
      stability: 5,
      difficulty: 5,
      reps: 3,
      lastReview: new Date(now.getTime() - 6 * 86_400_000),
    });
    await env.db.cardState.createMany({ data: [dueReview(gamma.cards[1]), dueReview(gamma.cards[3]), dueReview(delta.cards[2])] });
    expect((await gammaQueue(learner)).counts.review).toBe(2);
    await answer(learner, delta.cards[2], now);
    expect((await gammaQueue(learner)).counts.review).toBe(1);
    await answer(learner, gamma.cards[1], now);
    const after = await gammaQueue(learner);
    expect(after.counts.review).toBe(0); // gamma's other review is still due, but both of today's reviews are used
    expect(after).toEqual(await freshQueue(learner, [gamma.id], now));
  });
});
}
