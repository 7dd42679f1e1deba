import "server-only";
import { buildCardSearchSql, buildCardSearchSqlPostgres, type CardRow } from "@/lib/cards/card-search-sql";
import type { CardSearch } from "@/lib/validations/card-browser";
import { isPostgresUrl } from "../database-url";
import { pgRow, pgRows } from "../postgres";
import { statement } from "../sqlite";
import { ownedDeckRevisionsPostgres, userTagsOfPostgres } from "./card-extras-postgres";
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

type PostgresRow = Omit<RawRow, "suspended" | "leech" | "due" | "buriedUntil" | "createdAt"> & {
  suspended: boolean | null;
  leech: boolean | null;
  due: Date | null;
  buriedUntil: Date | null;
  createdAt: Date;
};

/** A date as the SQLite search hands it out (`sqliteDate`'s text), so both databases answer alike. */
const asStoredText = (date: Date) => date.toISOString().replace("Z", "+00:00");

/** `searchCards` on the database of DATABASE_URL: the same answer on PostgreSQL. */
export async function searchCardsOnDatabase(userId: string, search: CardSearch, now: Date): Promise<{ total: number; cards: CardRow[] }> {
  if (!isPostgresUrl()) return searchCards(userId, search, now);
  const sql = buildCardSearchSqlPostgres(search, userId, now);
  const count = await pgRow<{ n: number }>(`SELECT COUNT(*)::int AS n FROM ${sql.from} WHERE ${sql.where}`, sql.params);
  const at = sql.params.length;
  const rows = await pgRows<PostgresRow>(
    `SELECT c."id", c."deckId", d."title" AS "deckTitle", d."ownerId", c."kind", c."front", c."back", c."topic", c."tags", c."createdAt",
            s."state", s."due", COALESCE(s."lapses", 0) AS "lapses", COALESCE(s."difficulty", 0) AS "difficulty", s."suspended", s."buriedUntil", s."leech"
     FROM ${sql.from} WHERE ${sql.where} ORDER BY ${sql.orderBy} LIMIT $${at + 1} OFFSET $${at + 2}`,
    [...sql.params, search.limit, search.offset],
  );
  const [userTags, revisions] = await Promise.all([
    userTagsOfPostgres(userId, rows.map((row) => row.id)),
    ownedDeckRevisionsPostgres(userId, rows.filter((row) => row.ownerId === userId).map((row) => row.deckId)),
  ]);
  return {
    total: count?.n ?? 0,
    cards: rows.map(({ ownerId, buriedUntil, due, createdAt, ...row }) => ({
      ...row,
      deckRevision: revisions.get(row.deckId) ?? null,
      userTags: userTags.get(row.id) ?? [],
      createdAt: asStoredText(createdAt),
      due: due === null ? null : asStoredText(due),
      ownedDeck: ownerId === userId,
      state: row.state ?? "new",
      suspended: row.suspended === true,
      buried: buriedUntil !== null && buriedUntil.getTime() > now.getTime(),
      leech: row.leech === true,
    })),
  };
}
