import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { migratedDatabase } from "./migrated-database";

/**
 * The study loop keeps each learner's card states, today's reviews and the queue's cards in memory and
 * updates them card by card as answers are recorded (lib/server/study/learner-snapshot.ts). Invariant:
 * after any sequence of answers, undos, writes by others and day changes, the queue built from the kept
 * copies is exactly the queue a process with nothing kept would build from the database.
 */
type QueueModule = typeof import("@/lib/server/study/load-study-queue");
let env: ReturnType<typeof migratedDatabase>;
let kept: { queue: QueueModule; answer: typeof import("@/lib/server/study/answer-review"); undo: typeof import("@/lib/server/study/undo-review") };
let userId: string;
const deckIds: string[] = [];
const cardIds: string[] = [];

beforeAll(async () => {
  env = migratedDatabase("kept-study-queue");
  process.env.DATABASE_URL = env.url;
  for (const [d, slug] of ["alpha", "beta"].entries()) {
    const deck = await env.db.deck.create({ data: { slug, title: slug.toUpperCase(), origin: "builtin", visibility: "public" } });
    deckIds.push(deck.id);
    for (let i = 0; i < 12; i += 1) {
      // Pairs of cards share a note, so siblings get buried; positions run backwards to test the order.
      const card = await env.db.card.create({
        data: { deckId: deck.id, key: `k${i}`, kind: "basic", front: `F${d}-${i}`, back: "B", noteId: `note-${d}-${Math.floor(i / 2)}`, position: 12 - i },
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
async function freshQueue(decks: string[], now: Date) {
  vi.resetModules();
  const fresh = (await import("@/lib/server/study/load-study-queue")) as QueueModule;
  return fresh.loadStudyQueue(userId, decks, now);
}

describe("kept study queue", () => {
  it("equals a fresh read after 160 mixed steps", async () => {
    let seed = 11;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    let now = new Date("2026-03-01T05:00:00Z");
    let answered = 0;
    let othersWrote = 0;
    for (let step = 0; step < 160; step += 1) {
      const decks = random() < 0.3 ? [deckIds[Math.floor(random() * 2)] as string] : [];
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
      } else {
        const queue = await kept.queue.loadStudyQueue(userId, decks, now);
        // Mostly the card the queue offers, sometimes any card (another tab, an older page).
        const cardId = random() < 0.8 && queue.next ? queue.next.card.id : (cardIds[Math.floor(random() * cardIds.length)] as string);
        const rating = (1 + Math.floor(random() * 4)) as 1 | 2 | 3 | 4;
        await kept.answer.answerReview(userId, { clientId: `answer-${step}-${seed}`, cardId, rating, durationMs: 1000, decks }, now);
        answered += 1;
      }
      // Minutes between most answers; sometimes hours, crossing the 4 a.m. (Kolkata) day boundary.
      now = new Date(now.getTime() + (random() < 0.1 ? 7 * 3_600_000 : (1 + Math.floor(random() * 12)) * 60_000));
      const keptQueue = await kept.queue.loadStudyQueue(userId, decks, now);
      expect(keptQueue, `step ${step}`).toEqual(await freshQueue(decks, now));
    }
    expect(answered).toBeGreaterThan(120);
    expect(othersWrote).toBeGreaterThan(5);
  }, 60_000);
});
