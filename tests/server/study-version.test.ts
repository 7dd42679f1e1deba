import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migratedDatabase } from "./migrated-database";

/**
 * The study_version migration's triggers: the app keeps a learner's card states and today's reviews in
 * memory and trusts that copy only while StudyVersion holds still, so every kind of write to a
 * learner's CardState or ReviewLog rows, by any connection, must move it, and nobody else's.
 */
let env: ReturnType<typeof migratedDatabase>;
let cardId: string;

beforeAll(async () => {
  env = migratedDatabase("study-version");
  const deck = await env.db.deck.create({ data: { slug: "d", title: "D", origin: "builtin" } });
  cardId = (await env.db.card.create({ data: { deckId: deck.id, key: "k", kind: "basic", front: "F", back: "B" } })).id;
});

afterAll(async () => env.dispose());

async function learner(email: string): Promise<string> {
  return (await env.db.user.create({ data: { email, name: email, passwordHash: "x" } })).id;
}

async function version(userId: string): Promise<number> {
  return (await env.db.studyVersion.findUnique({ where: { userId } }))?.version ?? 0;
}

const snapshot = '{"schedule":{"state":"new"},"flags":{}}';

describe("StudyVersion triggers", () => {
  it("move a learner's version on every insert, update and delete of their card states and reviews", async () => {
    const userId = await learner("a@example.com");
    const other = await learner("b@example.com");
    expect(await version(userId)).toBe(0);

    const state = await env.db.cardState.create({ data: { userId, cardId, due: new Date() } });
    expect(await version(userId)).toBe(1);
    await env.db.cardState.update({ where: { id: state.id }, data: { suspended: true } });
    expect(await version(userId)).toBe(2);

    const review = await env.db.reviewLog.create({
      data: { clientId: "c1", userId, cardId, rating: 3, reviewedAt: new Date(), stateBefore: snapshot, stateAfter: snapshot },
    });
    expect(await version(userId)).toBe(3);
    await env.db.reviewLog.update({ where: { id: review.id }, data: { undoneAt: new Date() } });
    expect(await version(userId)).toBe(4);

    await env.db.reviewLog.delete({ where: { id: review.id } });
    await env.db.cardState.delete({ where: { id: state.id } });
    expect(await version(userId)).toBe(6);
    expect(await version(other)).toBe(0);
  });

  it("move once per row when many rows change in one statement", async () => {
    const userId = await learner("c@example.com");
    await env.db.cardState.create({ data: { userId, cardId, due: new Date() } });
    const before = await version(userId);
    const { count } = await env.db.cardState.updateMany({ where: { userId }, data: { leech: true } });
    expect(count).toBe(1);
    expect(await version(userId)).toBe(before + 1);
  });
});
