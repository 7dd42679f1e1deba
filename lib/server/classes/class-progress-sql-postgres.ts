import "server-only";
import type { AssignedCard, AttemptFact, CardStateFact, ClassLearner, ReviewTally, WeekTally } from "@/lib/classes";
import { storedFailedChecks } from "@/lib/classes/failed-checks";
import { pgDate, pgRow, pgRows } from "../postgres";
import { TREND_WEEKS, type ClassScope, type MemberVersion } from "./class-progress-sql";

/**
 * The PostgreSQL forms of ./class-progress-sql.ts's reads, with the same rows: dates are `timestamp(3)`
 * compared as timestamps (SQLite compares the same instants as ISO text), counts are cast to int (pg
 * hands bigint out as text), a boolean summed is `(…)::int` so that NULL stays NULL as in SQLite's SUM,
 * the snapshot's state is `kubedeck_state_before` (the expression of the ReviewLog_class_analytics_idx
 * index), and text is ordered byte by byte (`COLLATE "C"`), as SQLite's BINARY collation orders it.
 */

const MEMBERS = `SELECT "userId" FROM "ClassMember" WHERE "classId" = $1 AND ($2::text IS NULL OR "userId" = $2)`;
const ASSIGNED_CARDS = `SELECT c."id" FROM "Card" c JOIN "Assignment" a ON a."deckId" = c."deckId" WHERE a."classId" = $1 AND c."retiredAt" IS NULL`;
const FROM_REVIEW = `("kubedeck_state_before"("stateBefore") = 'review')`;
const DAY_MS = 86_400_000;

const scopeValues = (scope: ClassScope) => [scope.classId, scope.learnerId];

export async function readLearnersPg(scope: ClassScope): Promise<ClassLearner[]> {
  return pgRows<ClassLearner>(
    `SELECT u."id" AS "userId", u."name" AS "name", u."email" AS "email" FROM "ClassMember" m JOIN "User" u ON u."id" = m."userId"
     WHERE m."classId" = $1 AND ($2::text IS NULL OR m."userId" = $2) ORDER BY u."name" COLLATE "C", u."email" COLLATE "C"`,
    scopeValues(scope),
  );
}

/**
 * SQLite's `NULLIF(TRIM(CASE WHEN json_valid(topic) THEN json_extract(topic, '$[0]') END), '')`: the
 * first element of the card's topic array, as text (JSON text for an object, 1/0 for a boolean), spaces
 * trimmed; null when there is none. In JavaScript: PostgreSQL 15 cannot test text for JSON without failing.
 */
export function firstTopic(topic: string): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(topic);
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || parsed.length === 0) return null;
  const first: unknown = parsed[0];
  if (first === null || first === undefined) return null;
  const text = typeof first === "string" ? first : typeof first === "boolean" ? (first ? "1" : "0") : typeof first === "number" ? String(first) : JSON.stringify(first);
  const trimmed = text.replace(/^ +| +$/g, "");
  return trimmed === "" ? null : trimmed;
}

export async function readAssignedCardsPg(classId: string): Promise<AssignedCard[]> {
  const rows = await pgRows<AssignedCard & { deckTitle: string }>(
    `SELECT c."id" AS "cardId", c."deckId" AS "deckId", c."front" AS "front", c."topic" AS "topic", d."title" AS "deckTitle"
     FROM "Assignment" a JOIN "Card" c ON c."deckId" = a."deckId" JOIN "Deck" d ON d."id" = c."deckId"
     WHERE a."classId" = $1 AND c."retiredAt" IS NULL ORDER BY d."title" COLLATE "C", c."position", c."id" COLLATE "C"`,
    [classId],
  );
  return rows.map(({ deckTitle, topic, ...card }) => ({ ...card, topic: firstTopic(topic) ?? deckTitle }));
}

export async function readAssignedScenarioIdsPg(classId: string): Promise<string[]> {
  const rows = await pgRows<{ scenarioId: string }>(
    `SELECT "scenarioId" FROM "Assignment" WHERE "classId" = $1 AND "scenarioId" IS NOT NULL ORDER BY "createdAt", "id" COLLATE "C"`,
    [classId],
  );
  return rows.map((row) => row.scenarioId);
}

export async function readFittedParametersPg(scope: ClassScope): Promise<Map<string, string>> {
  const rows = await pgRows<{ userId: string; fsrsParameters: string }>(
    `SELECT s."userId", s."fsrsParameters" FROM "StudySettings" s WHERE s."userId" IN (${MEMBERS}) AND s."fsrsParameters" IS NOT NULL`,
    scopeValues(scope),
  );
  return new Map(rows.map((row) => [row.userId, row.fsrsParameters]));
}

const daysBefore = (now: Date, days: number) => pgDate(new Date(now.getTime() - days * DAY_MS));

export async function readReviewTalliesPg(scope: ClassScope, now: Date): Promise<ReviewTally[]> {
  return pgRows<ReviewTally>(
    `SELECT "userId", "cardId", COUNT(*)::int AS "reviews30d", SUM(("reviewedAt" >= $4)::int)::int AS "reviews7d",
            SUM(("rating" = 1)::int)::int AS "again30d", SUM(from_review::int)::int AS "retentionReviews30d",
            SUM((from_review AND "rating" > 1)::int)::int AS "retentionPassed30d"
     FROM (SELECT "userId", "cardId", "rating", "reviewedAt", ${FROM_REVIEW} AS from_review FROM "ReviewLog"
           WHERE "userId" IN (${MEMBERS}) AND "undoneAt" IS NULL AND "reviewedAt" >= $5 AND "reviewedAt" <= $3 AND "cardId" IN (${ASSIGNED_CARDS})) AS answers
     GROUP BY "userId", "cardId" ORDER BY "userId" COLLATE "C", "cardId" COLLATE "C"`,
    [...scopeValues(scope), pgDate(now), daysBefore(now, 7), daysBefore(now, 30)],
  );
}

/** `CASE WHEN reviewedAt >= $4 THEN 0 WHEN … END`: the week of a review (bounds from $4 on). */
const WEEK_OF = `CASE ${Array.from({ length: TREND_WEEKS }, (_, week) => `WHEN "reviewedAt" >= $${week + 4} THEN ${week}`).join(" ")} END`;

export async function readWeekTalliesPg(scope: ClassScope, now: Date): Promise<(WeekTally & { userId: string })[]> {
  const bounds = Array.from({ length: TREND_WEEKS }, (_, week) => daysBefore(now, (week + 1) * 7));
  return pgRows<WeekTally & { userId: string }>(
    `SELECT "userId", "weeksAgo", COUNT(*)::int AS "reviews", SUM(from_review::int)::int AS "retentionReviews",
            SUM((from_review AND "rating" > 1)::int)::int AS "retentionPassed"
     FROM (SELECT "userId", ${WEEK_OF} AS "weeksAgo", "rating", ${FROM_REVIEW} AS from_review FROM "ReviewLog"
           WHERE "userId" IN (${MEMBERS}) AND "undoneAt" IS NULL AND "reviewedAt" >= $${TREND_WEEKS + 3} AND "reviewedAt" <= $3 AND "cardId" IN (${ASSIGNED_CARDS})) AS answers
     GROUP BY "userId", "weeksAgo" ORDER BY "userId" COLLATE "C", "weeksAgo"`,
    [...scopeValues(scope), pgDate(now), ...bounds],
  );
}

interface StateColumns {
  userId: string;
  cardId: string;
  state: CardStateFact["state"];
  due: Date;
  stability: number;
  lapses: number;
  lastReview: Date | null;
  suspended: boolean;
}

export async function readCardStatesPg(scope: ClassScope): Promise<CardStateFact[]> {
  const rows = await pgRows<StateColumns>(
    `SELECT "userId", "cardId", "state", "due", "stability", "lapses", "lastReview", "suspended" FROM "CardState"
     WHERE "userId" IN (${MEMBERS}) AND "cardId" IN (${ASSIGNED_CARDS})`,
    scopeValues(scope),
  );
  return rows.map((row) => ({ ...row, due: row.due.getTime(), lastReview: row.lastReview === null ? null : row.lastReview.getTime() }));
}

interface AttemptColumns {
  userId: string;
  scenarioId: string;
  passed: boolean;
  hintsUsed: number;
  createdAt: Date;
  failedChecks: string | null;
  result: string | null;
}

export async function readAttemptsPg(scope: ClassScope): Promise<AttemptFact[]> {
  const rows = await pgRows<AttemptColumns>(
    `SELECT "userId", "scenarioId", "passed", "hintsUsed", "createdAt", "failedChecks",
            CASE WHEN "failedChecks" IS NULL AND NOT "passed" THEN "result" END AS "result"
     FROM "ScenarioAttempt"
     WHERE "userId" IN (${MEMBERS}) AND "scenarioId" IN (SELECT "scenarioId" FROM "Assignment" WHERE "classId" = $1 AND "scenarioId" IS NOT NULL)`,
    scopeValues(scope),
  );
  return rows.map((row) => ({
    userId: row.userId,
    scenarioId: row.scenarioId,
    passed: row.passed,
    hintsUsed: row.hintsUsed,
    createdAt: row.createdAt,
    failedChecks: row.passed ? [] : storedFailedChecks(row.failedChecks, row.result),
  }));
}

/** `classContext` (./class-progress-sql.ts): the class's assignments and the last edit of a card or deck, as one text. */
export async function readClassContextPg(classId: string): Promise<string> {
  const row = await pgRow<{ context: string }>(
    `SELECT (SELECT COUNT(*) || ':' || COALESCE(MAX("createdAt")::text, '') || ':' || COALESCE(string_agg("id", ',' ORDER BY "id" COLLATE "C"), '')
             FROM "Assignment" WHERE "classId" = $1) || '|' ||
            COALESCE((SELECT MAX("updatedAt") FROM "Card")::text, '') || '|' || COALESCE((SELECT MAX("updatedAt") FROM "Deck")::text, '') AS "context"`,
    [classId],
  );
  return row?.context ?? "";
}

/**
 * `memberVersions` (./class-progress-sql.ts): each member's StudyVersion (bumped by plpgsql triggers) and
 * their attempts' count and a sum of their ids' hashes (PostgreSQL has no rowid; attempts are only
 * ever added or deleted, and either changes the pair), with their fitted parameters.
 */
export async function readMemberVersionsPg(scope: ClassScope): Promise<MemberVersion[]> {
  const rows = await pgRows<{ userId: string; version: string; parameters: string | null }>(
    `SELECT m."userId", COALESCE(v."version", 0)::text || ':' ||
              (SELECT COUNT(*)::text || ':' || COALESCE(SUM(hashtext(a."id")::bigint), 0)::text FROM "ScenarioAttempt" a WHERE a."userId" = m."userId") AS "version",
            s."fsrsParameters" AS "parameters"
     FROM "ClassMember" m LEFT JOIN "StudyVersion" v ON v."userId" = m."userId" LEFT JOIN "StudySettings" s ON s."userId" = m."userId"
     WHERE m."classId" = $1 AND ($2::text IS NULL OR m."userId" = $2) ORDER BY m."userId" COLLATE "C"`,
    scopeValues(scope),
  );
  return rows.map((row) => [row.userId, row.version, row.parameters]);
}
