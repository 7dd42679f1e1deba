import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { migratedPostgresDatabase, TEST_POSTGRES_URL } from "./postgres-database";

/**
 * The PostgreSQL review path's one-statement write (kubedeck_record_review, record-review-postgres.ts):
 * an answer is scheduled from the process's kept copy of the learner and written only if that copy is
 * still current. Two copies of the modules stand for two instances on one database: each keeps its own
 * copy, so an answer on one makes the other's copy stale.
 */
type AnswerModule = typeof import("@/lib/server/study/answer-review");

describe.skipIf(!TEST_POSTGRES_URL)("recording a review on PostgreSQL (KUBEDECK_TEST_POSTGRES_URL)", () => {
  let env: Awaited<ReturnType<typeof migratedPostgresDatabase>>;
  let userId: string;
  let cardId: string;
  const now = new Date("2026-05-04T10:00:00Z");

  async function instance(): Promise<AnswerModule> {
    vi.resetModules();
    return import("@/lib/server/study/answer-review");
  }

  async function reviewsOf(card: string) {
    return env.db.reviewLog.findMany({ where: { userId, cardId: card }, orderBy: { reviewedAt: "asc" } });
  }

  beforeAll(async () => {
    env = await migratedPostgresDatabase("record_review");
    process.env.DATABASE_URL = env.url;
    const deck = await env.db.deck.create({ data: { slug: "one", title: "One", origin: "builtin", visibility: "public" } });
    cardId = (await env.db.card.create({ data: { deckId: deck.id, key: "k0", kind: "basic", front: "F", back: "B", noteId: "n0", position: 0 } })).id;
    await env.db.card.create({ data: { deckId: deck.id, key: "k1", kind: "basic", front: "F1", back: "B", noteId: "n1", position: 1 } });
    userId = (await env.db.user.create({ data: { email: "one-statement@example.com", name: "O", passwordHash: "x" } })).id;
    await env.db.studySettings.create({ data: { userId, timeZone: "UTC" } });
  });

  afterAll(async () => env.dispose());

  it("applies an answer on top of another instance's, never from a stale copy", async () => {
    const a = await instance();
    const b = await instance();
    await a.answerReview(userId, { clientId: "stale-0001", cardId, rating: 3, durationMs: 1000 }, now);
    // B answers the same card: A's kept copy of the learner is now one answer behind.
    const later = new Date(now.getTime() + 10 * 60_000);
    await b.answerReview(userId, { clientId: "stale-0002", cardId, rating: 3, durationMs: 1000 }, later);
    const third = await a.answerReview(userId, { clientId: "stale-0003", cardId, rating: 1, durationMs: 1000 }, new Date(later.getTime() + 60_000));
    expect(third.status).toBe(201);
    const reviews = await reviewsOf(cardId);
    expect(reviews.map((review) => review.clientId)).toEqual(["stale-0001", "stale-0002", "stale-0003"]);
    // Each answer started from the state the one before it left.
    expect(reviews[1]?.stateBefore).toBe(reviews[0]?.stateAfter);
    expect(reviews[2]?.stateBefore).toBe(reviews[1]?.stateAfter);
    const state = await env.db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId, cardId } } });
    expect({ reps: state.reps, lapses: state.lapses, version: state.version }).toEqual({ reps: 3, lapses: 1, version: 3 });
    expect(JSON.parse(reviews[2]?.stateAfter ?? "{}").schedule.reps).toBe(3);
  });

  it("records one clientId once, whichever instance it reaches and however often", async () => {
    const a = await instance();
    const b = await instance();
    const answer = { clientId: "twice-0001", cardId, rating: 4, durationMs: 500 };
    const first = await a.answerReview(userId, answer, now);
    const again = await a.answerReview(userId, answer, now);
    const elsewhere = await b.answerReview(userId, answer, now);
    expect([first.status, again.status, elsewhere.status]).toEqual([201, 200, 200]);
    expect(again.body.review).toEqual({ ...first.body.review, duplicate: true });
    expect(elsewhere.body.review.reviewId).toBe(first.body.review.reviewId);
    expect(await env.db.reviewLog.count({ where: { clientId: "twice-0001" } })).toBe(1);
  });

  it("applies concurrent answers to one card from two instances one on top of the other", async () => {
    const a = await instance();
    const b = await instance();
    const card = (await env.db.card.findFirstOrThrow({ where: { key: "k1" } })).id;
    // Both instances keep a copy of the learner first, so both try their one-statement write.
    await Promise.all([a.answerReview(userId, { clientId: "warm-0001", cardId: card, rating: 3, durationMs: 0 }, now), b.answerReview(userId, { clientId: "warm-0002", cardId: card, rating: 3, durationMs: 0 }, now)]);
    const racing = await Promise.all(
      Array.from({ length: 6 }, (_, i) => (i % 2 === 0 ? a : b).answerReview(userId, { clientId: `race-000${i}`, cardId: card, rating: 3, durationMs: 0 }, now)),
    );
    expect(racing.map((answer) => answer.status)).toEqual([201, 201, 201, 201, 201, 201]);
    const reviews = await reviewsOf(card);
    expect(reviews).toHaveLength(8);
    const state = await env.db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId, cardId: card } } });
    expect({ reps: state.reps, version: state.version }).toEqual({ reps: 8, version: 8 });
    // One chain: every answer but the first started from another answer's result, and no result was
    // the start of two answers (one lost update would make two answers start from the same state).
    const afters = reviews.map((review) => review.stateAfter);
    const befores = reviews.map((review) => review.stateBefore);
    expect(befores.filter((before) => !afters.includes(before))).toHaveLength(1);
    expect(new Set(befores).size).toBe(befores.length);
  });
});
