import "server-only";
import { pgRows } from "../postgres";

/** `userTagsOf` (search-cards.ts) on PostgreSQL: the learner's own tags on one page of cards, by card id. */
export async function userTagsOfPostgres(userId: string, cardIds: readonly string[]): Promise<Map<string, string[]>> {
  const tags = new Map<string, string[]>();
  if (cardIds.length === 0) return tags;
  const rows = await pgRows<{ cardId: string; tag: string }>(`SELECT "cardId", "tag" FROM "CardUserTag" WHERE "userId" = $1 AND "cardId" = ANY($2::text[]) ORDER BY "tag"`, [userId, [...cardIds]]);
  for (const row of rows) tags.set(row.cardId, [...(tags.get(row.cardId) ?? []), row.tag]);
  return tags;
}

/** `ownedDeckRevisions` on PostgreSQL: the current revision of each of these decks the user owns. */
export async function ownedDeckRevisionsPostgres(userId: string, deckIds: readonly string[]): Promise<Map<string, number>> {
  if (deckIds.length === 0) return new Map();
  const rows = await pgRows<{ deckId: string; revision: number }>(
    `SELECT d."id" AS "deckId", COALESCE((SELECT MAX(r."number") FROM "DeckRevision" r WHERE r."deckId" = d."id"), 0)::int AS "revision"
     FROM "Deck" d WHERE d."ownerId" = $1 AND d."retiredAt" IS NULL AND d."id" = ANY($2::text[])`,
    [userId, [...new Set(deckIds)]],
  );
  return new Map(rows.map((row) => [row.deckId, row.revision]));
}
