import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migratedPostgresDatabase, TEST_POSTGRES_URL } from "./postgres-database";

/**
 * Undo on PostgreSQL (lib/server/study/undo-review-postgres.ts) when other writers of the learner's
 * reviews run at the same moment on other connections, as on other instances: undos at once undo the
 * newest answers one each, and an undo racing an answer to the same card never leaves the card's state
 * out of step with the reviews that still count.
 */
describe.skipIf(!TEST_POSTGRES_URL)("undo on PostgreSQL, concurrently (KUBEDECK_TEST_POSTGRES_URL)", () => {
  let env: Awaited<ReturnType<typeof migratedPostgresDatabase>>;
  let answer: typeof import("@/lib/server/study/answer-review");
  let undo: typeof import("@/lib/server/study/undo-review");
  const cardIds: string[] = [];
  const NOW = new Date("2026-12-07T12:00:00.000Z");
  let serial = 0;

  beforeAll(async () => {
    env = await migratedPostgresDatabase("undo_review");
    process.env.DATABASE_URL = env.url;
    const deck = await env.db.deck.create({ data: { slug: "undo", title: "Undo", origin: "builtin", visibility: "public" } });
    for (let i = 0; i < 6; i += 1) cardIds.push((await env.db.card.create({ data: { deckId: deck.id, key: `k${i}`, kind: "basic", front: `F${i}`, back: "B", position: i } })).id);
    answer = await import("@/lib/server/study/answer-review");
    undo = await import("@/lib/server/study/undo-review");
  });

  afterAll(async () => env?.dispose());

  async function learner(): Promise<string> {
    serial += 1;
    return (await env.db.user.create({ data: { email: `undo${serial}@example.com`, name: "U", passwordHash: "x" } })).id;
  }

  const at = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);
  const answerAt = (userId: string, cardId: string, seconds: number) =>
    answer.answerReview(userId, { clientId: crypto.randomUUID(), cardId, rating: 3, durationMs: 1000, decks: [] }, at(seconds));

  it("undoes the newest answers one each when undos run at once", async () => {
    for (let round = 0; round < 5; round += 1) {
      const userId = await learner();
      for (const [n, cardId] of cardIds.slice(0, 4).entries()) await answerAt(userId, cardId, n);
      const undone = await Promise.all([0, 1, 2].map(() => undo.undoLastReview(userId, at(10))));
      expect(new Set(undone.map((one) => one.reviewId)).size).toBe(3);
      expect(undone.map((one) => one.cardId).sort()).toEqual(cardIds.slice(1, 4).sort());
      expect(await env.db.reviewLog.count({ where: { userId, undoneAt: null } })).toBe(1);
      // Each undone card is back to new, as before its only answer.
      for (const cardId of cardIds.slice(1, 4)) expect((await env.db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId, cardId } } })).state).toBe("new");
    }
  });

  it("keeps a card's state in step with its counted answers when an undo races an answer to the same card", async () => {
    for (let round = 0; round < 5; round += 1) {
      const userId = await learner();
      const cardId = cardIds[0] as string;
      await answerAt(userId, cardId, 0);
      await Promise.all([undo.undoLastReview(userId, at(5)).catch(() => undefined), answerAt(userId, cardId, 5)]);
      const counted = await env.db.reviewLog.findMany({ where: { userId, undoneAt: null }, orderBy: { reviewedAt: "desc" } });
      const state = await env.db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId, cardId } } });
      // The state is the one the newest counted answer left (or new when none counts).
      const expected = counted[0] ? (JSON.parse(counted[0].stateAfter) as { schedule: { state: string; reps: number } }).schedule : { state: "new", reps: 0 };
      expect({ state: state.state, reps: state.reps }).toEqual({ state: expected.state, reps: expected.reps });
    }
  });
});
