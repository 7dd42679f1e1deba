import "server-only";
import { buildCardSearchSql, type CardRow } from "@/lib/cards/card-search-sql";
import type { CardSearch } from "@/lib/validations/card-browser";
import { statement } from "../sqlite";
import { ownedDeckRevisions } from "./owned-deck-revisions";

export type { CardRow };


interface RawRow extends Omit<CardRow, "suspended" | "buried" | "leech" | "ownedDeck" | "state" | "userTags" | "deckRevision"> {
  state: string | null;
  suspended: number | null;
  buriedUntil: string | null;
  leech: number | null;
  ownerId: string | null;
}

/** The learner's own tags on one page of cards, by card id (the ids as one JSON parameter: one prepared statement). */
function userTagsOf(userId: string, cardIds: readonly string[]): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  if (cardIds.length === 0) return tags;
  const rows = statement(`SELECT "cardId", "tag" FROM "CardUserTag" WHERE "userId" = ? AND "cardId" IN (SELECT value FROM json_each(?)) ORDER BY "tag"`).all(userId, JSON.stringify(cardIds)) as { cardId: string; tag: string }[];
  for (const row of rows) tags.set(row.cardId, [...(tags.get(row.cardId) ?? []), row.tag]);
  return tags;
}

/**
 * The cards a user can study that match a search, one page of them plus the total, on the direct
 * SQLite connection (a browser over 10,000 cards must answer in well under 100 ms).
 */
export function searchCards(userId: string, search: CardSearch, now: Date): { total: number; cards: CardRow[] } {
  const sql = buildCardSearchSql(search, userId, now);
  const total = (statement(`SELECT COUNT(*) AS n FROM ${sql.from} WHERE ${sql.where}`).get(...sql.params) as { n: number }).n;
  const rows = statement(
    `SELECT c."id", c."deckId", d."title" AS "deckTitle", d."ownerId", c."kind", c."front", c."back", c."topic", c."tags", c."createdAt",
            s."state", s."due", COALESCE(s."lapses", 0) AS "lapses", COALESCE(s."difficulty", 0) AS "difficulty", s."suspended", s."buriedUntil", s."leech"
     FROM ${sql.from} WHERE ${sql.where} ORDER BY ${sql.orderBy} LIMIT ? OFFSET ?`,
  ).all(...sql.params, search.limit, search.offset) as RawRow[];
  const nowText = now.toISOString();
  const userTags = userTagsOf(userId, rows.map((row) => row.id));
  const revisions = ownedDeckRevisions(userId, rows.filter((row) => row.ownerId === userId).map((row) => row.deckId));
  return {
    total,
    cards: rows.map(({ ownerId, buriedUntil, ...row }) => ({
      ...row,
      ownedDeck: ownerId === userId,
      deckRevision: revisions.get(row.deckId) ?? null,
      userTags: userTags.get(row.id) ?? [],
      state: row.state ?? "new",
      suspended: row.suspended === 1,
      buried: buriedUntil !== null && new Date(buriedUntil).toISOString() > nowText,
      leech: row.leech === 1,
    })),
  };
}
