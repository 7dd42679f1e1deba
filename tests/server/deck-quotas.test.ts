import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiError } from "@/lib/server/api-error";
import { checkDeckQuotas } from "@/lib/server/decks/check-deck-quotas";
import { MAX_DECKS_PER_USER, MAX_IMPORTED_CARDS_PER_USER } from "@/lib/validations/import-limits";
import { migratedDatabase } from "./migrated-database";

/** Per-account deck quotas (item 9 of issue 12): unlimited decks per learner were accepted, and authored ones (the API's POST, copies) were not counted. */
let env: ReturnType<typeof migratedDatabase>;

beforeAll(() => {
  env = migratedDatabase("import-quotas");
});
afterAll(async () => env.dispose());

async function learner(email: string): Promise<string> {
  return (await env.db.user.create({ data: { email, name: email } })).id;
}

async function importedDecks(ownerId: string, count: number, origin = "imported"): Promise<string[]> {
  const ids = Array.from({ length: count }, (_, index) => `${ownerId}-${origin}-${index}`);
  await env.db.deck.createMany({ data: ids.map((id) => ({ id, slug: id, title: id, origin, ownerId })) });
  return ids;
}

async function quotaError(userId: string, newCards: number): Promise<ApiError | null> {
  try {
    await env.db.$transaction((tx) => checkDeckQuotas(tx, userId, newCards));
    return null;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
}

describe("deck quotas", () => {
  it(`refuses deck number ${MAX_DECKS_PER_USER + 1} of one learner, not another learner's first`, async () => {
    const full = await learner("full@example.com");
    const other = await learner("other@example.com");
    await importedDecks(full, MAX_DECKS_PER_USER - 1);
    expect(await quotaError(full, 1)).toBeNull();
    await env.db.deck.create({ data: { slug: "last", title: "last", origin: "imported", ownerId: full } });
    const error = await quotaError(full, 1);
    expect(error?.status).toBe(422);
    expect(error?.message).toContain(`You have ${MAX_DECKS_PER_USER} decks, the most one account may keep`);
    expect(await quotaError(other, 1)).toBeNull();
  });

  it("counts every deck the account owns (authored ones too), not built-in or retired ones", async () => {
    const author = await learner("author@example.com");
    await importedDecks(author, MAX_DECKS_PER_USER - 1, "authored");
    await env.db.deck.create({ data: { slug: "builtin-x", title: "built-in", origin: "builtin" } });
    await env.db.deck.create({ data: { slug: "retired-x", title: "retired", origin: "imported", ownerId: author, retiredAt: new Date() } });
    expect(await quotaError(author, 1)).toBeNull();
    await importedDecks(author, 1, "imported");
    expect((await quotaError(author, 1))?.status).toBe(422);
  });

  it(`refuses cards past ${MAX_IMPORTED_CARDS_PER_USER} across a learner's imported decks, naming the cards field`, async () => {
    const busy = await learner("busy@example.com");
    const [deckId] = await importedDecks(busy, 1);
    const count = MAX_IMPORTED_CARDS_PER_USER - 10;
    // One statement (Prisma's createMany of 20,000 rows takes seconds): cards k0…k(count-1).
    await env.db.$executeRawUnsafe(
      `WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < ?)
       INSERT INTO "Card" ("id", "deckId", "key", "kind", "front", "back", "updatedAt") SELECT 'card' || i, ?, 'k' || i, 'basic', 'f', 'b', 0 FROM n`,
      count,
      deckId,
    );
    expect(await quotaError(busy, 10)).toBeNull();
    const error = await quotaError(busy, 11);
    expect(error?.status).toBe(422);
    expect(error?.issues).toEqual([{ path: "cards", message: expect.stringContaining(`hold ${count} cards; 11 more would pass the ${MAX_IMPORTED_CARDS_PER_USER}`) }]);
    // Retired cards (gone from their notes) do not count.
    await env.db.card.updateMany({ where: { deckId, key: { in: ["k0", "k1"] } }, data: { retiredAt: new Date() } });
    expect(await quotaError(busy, 12)).toBeNull();
  });
});
