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
  kind: string;
  front: string;
  back: string;
  topic: string;
  tags: string;
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
      .replace(/json_each\(c\."(topic|tags)"\) WHERE json_each\.value/g, 'jsonb_array_elements_text(c."$1"::jsonb) AS item(value) WHERE item.value')
      .replace(/(s\."(suspended|leech)") = 1/g, "$1");
  const from = postgres(sql.from);
  const where = postgres(sql.where);
  const params = sql.params.map((value) => (typeof value === "string" && /^\d{4}-\d\d-\d\dT[\d:.]+\+00:00$/.test(value) ? value.replace("+00:00", "") : value));
  return { from, where, orderBy: sql.orderBy, params };
}

export function buildCardSearchSql(search: CardSearch, userId: string, now: Date): CardSearchSql {
  const from = `"Card" c JOIN "Deck" d ON d."id" = c."deckId" LEFT JOIN "CardState" s ON s."cardId" = c."id" AND s."userId" = ?`;
  const conditions = [`c."retiredAt" IS NULL`, `d."retiredAt" IS NULL`, `(d."visibility" = 'public' OR d."ownerId" = ?)`];
  const params: unknown[] = [userId, userId];
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
    conditions.push(`EXISTS (SELECT 1 FROM json_each(c."topic") WHERE json_each.value LIKE ? ESCAPE '\\')`);
    params.push(likePattern(search.topic));
  }
  if (search.tag) {
    conditions.push(`EXISTS (SELECT 1 FROM json_each(c."tags") WHERE json_each.value = ?)`);
    params.push(search.tag);
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
