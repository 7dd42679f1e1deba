/**
 * The card browser's query as SQL over Card, Deck and the learner's CardState: one WHERE for the
 * filters (parameters only, never interpolated text), one ORDER BY for the sort. Pure, so the
 * query a search makes can be checked without a database.
 */
import type { CardSearch } from "@/lib/validations/card-browser";

/** One card as the browser lists it, with the learner's state. */
export interface CardRow {
  id: string;
  deckId: string;
  deckTitle: string;
  ownedDeck: boolean;
  /** The current revision of a deck the user owns (an in-place edit's baseRevision); null otherwise. */
  deckRevision: number | null;
  kind: string;
  front: string;
  back: string;
  topic: string;
  tags: string;
  /** The learner's own tags on the card (CardUserTag), sorted. */
  userTags: string[];
  createdAt: string;
  state: string;
  due: string | null;
  lapses: number;
  difficulty: number;
  suspended: boolean;
  buried: boolean;
  leech: boolean;
}

export interface CardSearchSql {
  from: string;
  where: string;
  orderBy: string;
  params: unknown[];
}

const SORT_COLUMN: Record<CardSearch["sort"], string> = {
  due: `COALESCE(s."due", c."createdAt")`,
  added: `c."createdAt"`,
  lapses: `COALESCE(s."lapses", 0)`,
  difficulty: `COALESCE(s."difficulty", 0)`,
};

/**
 * Whether a value containing `text` always shows `text` verbatim in its JSON encoding: true unless
 * `text` has a character JSON escapes (quote, backslash, control characters).
 */
function jsonTextHas(text: string): boolean {
  return JSON.stringify(text) === `"${text}"`;
}

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/** Dates are stored as ISO text (see lib/server/sqlite.ts `sqliteDate`); a day starts at 00:00 UTC. */
function dayStart(day: string, plusDays = 0): string {
  const date = new Date(`${day}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + plusDays);
  return date.toISOString().replace("Z", "+00:00");
}

/**
 * The decks a user may study, as lib/server/decks/list-decks.ts `visibleDecksWhere` has them: public,
 * their own, assigned to a class they belong to, or shared with a class they belong to or teach.
 * Four parameters, each the user's id.
 */
const VISIBLE_DECK = `(d."visibility" = 'public' OR d."ownerId" = ?
  OR EXISTS (SELECT 1 FROM "Assignment" a JOIN "ClassMember" m ON m."classId" = a."classId" WHERE a."deckId" = d."id" AND m."userId" = ?)
  OR (d."visibility" = 'classes' AND EXISTS (SELECT 1 FROM "DeckClassShare" sh WHERE sh."deckId" = d."id"
      AND (sh."classId" IN (SELECT "classId" FROM "ClassMember" WHERE "userId" = ?) OR sh."classId" IN (SELECT "classId" FROM "ClassInstructor" WHERE "userId" = ?)))))`;

/**
 * The same query for PostgreSQL: `$n` parameters, ILIKE (SQLite's LIKE ignores ASCII case), JSON arrays
 * through jsonb, real booleans, and dates as `timestamp(3)` text (UTC without an offset).
 */
export function buildCardSearchSqlPostgres(search: CardSearch, userId: string, now: Date): CardSearchSql {
  const sql = buildCardSearchSql(search, userId, now);
  let n = 0;
  const postgres = (text: string) =>
    text
      .replace(/\?/g, () => `$${(n += 1)}`)
      .replace(/ LIKE /g, " ILIKE ")
      .replace(/\binstr\(/g, "strpos(")
      .replace(/json_each\(c\."(topic|tags)"\) WHERE json_each\.value/g, 'jsonb_array_elements_text(c."$1"::jsonb) AS item(value) WHERE item.value')
      .replace(/(s\."(suspended|leech)") = 1/g, "$1");
  const from = postgres(sql.from);
  const where = postgres(sql.where);
  const params = sql.params.map((value) => (typeof value === "string" && /^\d{4}-\d\d-\d\dT[\d:.]+\+00:00$/.test(value) ? value.replace("+00:00", "") : value));
  return { from, where, orderBy: sql.orderBy, params };
}

export function buildCardSearchSql(search: CardSearch, userId: string, now: Date): CardSearchSql {
  const from = `"Card" c JOIN "Deck" d ON d."id" = c."deckId" LEFT JOIN "CardState" s ON s."cardId" = c."id" AND s."userId" = ?`;
  const conditions = [`c."retiredAt" IS NULL`, `d."retiredAt" IS NULL`, VISIBLE_DECK];
  const params: unknown[] = [userId, userId, userId, userId, userId];
  const nowText = now.toISOString().replace("Z", "+00:00");
  if (search.q) {
    conditions.push(`(c."front" LIKE ? ESCAPE '\\' OR c."back" LIKE ? ESCAPE '\\')`);
    params.push(likePattern(search.q), likePattern(search.q));
  }
  if (search.deck) {
    conditions.push(`c."deckId" = ?`);
    params.push(search.deck);
  }
  if (search.kind) {
    conditions.push(`c."kind" = ?`);
    params.push(search.kind);
  }
  if (search.topic) {
    // A LIKE over the stored JSON text first (cheap, and true for every match: see jsonTextHas),
    // so json_each runs only on the few cards that may match.
    if (jsonTextHas(search.topic)) {
      conditions.push(`c."topic" LIKE ? ESCAPE '\\'`);
      params.push(likePattern(search.topic));
    }
    conditions.push(`EXISTS (SELECT 1 FROM json_each(c."topic") WHERE json_each.value LIKE ? ESCAPE '\\')`);
    params.push(likePattern(search.topic));
  }
  if (search.tag) {
    // The deck author's tags or the learner's own.
    // A stored tag is written as its JSON string, so instr() rules out almost every card before json_each.
    conditions.push(
      `((instr(c."tags", ?) > 0 AND EXISTS (SELECT 1 FROM json_each(c."tags") WHERE json_each.value = ?)) OR EXISTS (SELECT 1 FROM "CardUserTag" t WHERE t."userId" = ? AND t."tag" = ? AND t."cardId" = c."id"))`,
    );
    params.push(JSON.stringify(search.tag), search.tag, userId, search.tag);
  }
  switch (search.state) {
    case "new":
      conditions.push(`(s."state" IS NULL OR s."state" = 'new')`);
      break;
    case "learning":
    case "review":
    case "relearning":
      conditions.push(`s."state" = ?`);
      params.push(search.state);
      break;
    case "suspended":
      conditions.push(`s."suspended" = 1`);
      break;
    case "buried":
      conditions.push(`s."buriedUntil" > ?`);
      params.push(nowText);
      break;
    case "leech":
      conditions.push(`s."leech" = 1`);
      break;
    case undefined:
      break;
  }
  if (search.dueFrom) {
    conditions.push(`s."due" >= ?`);
    params.push(dayStart(search.dueFrom));
  }
  if (search.dueTo) {
    conditions.push(`s."due" < ?`);
    params.push(dayStart(search.dueTo, 1));
  }
  if (search.minLapses !== undefined && search.minLapses > 0) {
    conditions.push(`s."lapses" >= ?`);
    params.push(search.minLapses);
  }
  const direction = search.order === "desc" ? "DESC" : "ASC";
  return { from, where: conditions.join(" AND "), orderBy: `${SORT_COLUMN[search.sort]} ${direction}, c."id" ASC`, params };
}
