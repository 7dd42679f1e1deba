import "server-only";
import { isPostgresUrl } from "../database-url";
import { statement } from "../sqlite";
import { ownedDeckRevisionsPostgres } from "./card-extras-postgres";

/**
 * The current revision of each of these decks that the user owns (0 for a deck saved before
 * revisions existed): what an in-place card edit sends back as `baseRevision`, so an edit made on
 * a page older than the deck is refused. Decks the user does not own are absent.
 */
export function ownedDeckRevisions(userId: string, deckIds: readonly string[]): Map<string, number> {
  if (deckIds.length === 0) return new Map();
  const rows = statement(
    `SELECT d."id" AS "deckId", COALESCE((SELECT MAX(r."number") FROM "DeckRevision" r WHERE r."deckId" = d."id"), 0) AS "revision"
     FROM "Deck" d WHERE d."ownerId" = ? AND d."retiredAt" IS NULL AND d."id" IN (SELECT value FROM json_each(?))`,
  ).all(userId, JSON.stringify([...new Set(deckIds)])) as { deckId: string; revision: number }[];
  return new Map(rows.map((row) => [row.deckId, row.revision]));
}

/** `ownedDeckRevisions` on the database of DATABASE_URL (the PostgreSQL form is in ./card-extras-postgres.ts). */
export async function ownedDeckRevisionsOnDatabase(userId: string, deckIds: readonly string[]): Promise<Map<string, number>> {
  return isPostgresUrl() ? ownedDeckRevisionsPostgres(userId, deckIds) : ownedDeckRevisions(userId, deckIds);
}
