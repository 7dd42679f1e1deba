import "server-only";
import type { AssignedCard, AttemptFact, CardStateFact, ClassLearner, ReviewTally, WeekTally } from "@/lib/classes";
import { storedFailedChecks } from "@/lib/classes/failed-checks";
import { sqliteDate, statement } from "../sqlite";

/**
 * The class analytics' reads, on the direct SQLite connection (see ../sqlite.ts), each bounded by one
 * class: its members (all of them, or the one `learnerId`), and only the decks and scenarios assigned
 * in it. Reviews are read through the (userId, undoneAt, reviewedAt) index per member and counted by
 * SQLite, so a request costs what the class's recent reviews cost, never a scan of the whole log.
 * The PostgreSQL forms are in ./class-progress-sql-postgres.ts; ./class-progress-reads.ts chooses.
 */

const MEMBERS = `SELECT "userId" FROM "ClassMember" WHERE "classId" = @classId AND (@learnerId IS NULL OR "userId" = @learnerId)`;
const ASSIGNED_CARDS = `SELECT c."id" FROM "Card" c JOIN "Assignment" a ON a."deckId" = c."deckId" WHERE a."classId" = @classId AND c."retiredAt" IS NULL`;
// Exactly the expression of the ReviewLog_class_analytics_idx migration, so the index covers the reads.
const FROM_REVIEW = `((CASE WHEN json_valid("stateBefore") THEN json_extract("stateBefore", '$.schedule.state') END) = 'review')`;
const REVIEWS = `"ReviewLog" INDEXED BY "ReviewLog_class_analytics_idx"`;

export interface ClassScope {
  readonly classId: string;
  readonly learnerId: string | null;
}

export function readLearners(scope: ClassScope): ClassLearner[] {
  return statement(`
    SELECT u."id" AS userId, u."name" AS name, u."email" AS email FROM "ClassMember" m JOIN "User" u ON u."id" = m."userId"
    WHERE m."classId" = @classId AND (@learnerId IS NULL OR m."userId" = @learnerId) ORDER BY u."name", u."email"`).all(scope) as ClassLearner[];
}

export function readAssignedCards(classId: string): AssignedCard[] {
  return statement(`
    SELECT c."id" AS cardId, c."deckId" AS deckId, c."front" AS front,
           COALESCE(NULLIF(TRIM(CASE WHEN json_valid(c."topic") THEN json_extract(c."topic", '$[0]') END), ''), d."title") AS topic
    FROM "Assignment" a JOIN "Card" c ON c."deckId" = a."deckId" JOIN "Deck" d ON d."id" = c."deckId"
    WHERE a."classId" = ? AND c."retiredAt" IS NULL ORDER BY d."title", c."position", c."id"`).all(classId) as AssignedCard[];
}

export function readAssignedScenarioIds(classId: string): string[] {
  return (statement(`SELECT "scenarioId" FROM "Assignment" WHERE "classId" = ? AND "scenarioId" IS NOT NULL ORDER BY "createdAt", "id"`).all(classId) as { scenarioId: string }[]).map(
    (row) => row.scenarioId,
  );
}

/** Members' fitted FSRS parameters (JSON) by user id ("Optimise my schedule"); members on the defaults are absent. */
export function readFittedParameters(scope: ClassScope): Map<string, string> {
  const rows = statement(`
    SELECT s."userId", s."fsrsParameters" FROM "StudySettings" s
    WHERE s."userId" IN (${MEMBERS}) AND s."fsrsParameters" IS NOT NULL`)
    .raw(true)
    .all(scope) as [string, string][];
  return new Map(rows);
}

const DAY_MS = 86_400_000;

/** Each member's answers to each assigned card over the last 30 days. */
export function readReviewTallies(scope: ClassScope, now: Date): ReviewTally[] {
  return statement(`
    SELECT "userId" AS userId, "cardId" AS cardId, COUNT(*) AS reviews30d, SUM("reviewedAt" >= @since7) AS reviews7d,
           SUM("rating" = 1) AS again30d, SUM(fromReview) AS retentionReviews30d, SUM(fromReview AND "rating" > 1) AS retentionPassed30d
    FROM (SELECT "userId", "cardId", "rating", "reviewedAt", ${FROM_REVIEW} AS fromReview FROM ${REVIEWS}
          WHERE "userId" IN (${MEMBERS}) AND "undoneAt" IS NULL AND "reviewedAt" >= @since30 AND "reviewedAt" <= @now AND "cardId" IN (${ASSIGNED_CARDS}))
    GROUP BY "userId", "cardId" ORDER BY "userId", "cardId"`).all({
    ...scope,
    now: sqliteDate(now),
    since7: sqliteDate(new Date(now.getTime() - 7 * DAY_MS)),
    since30: sqliteDate(new Date(now.getTime() - 30 * DAY_MS)),
  }) as ReviewTally[];
}

export const TREND_WEEKS = 8;
/** `CASE WHEN reviewedAt >= @w1 THEN 0 WHEN … END`: the week of a review by plain text comparisons. */
const WEEK_OF = `CASE ${Array.from({ length: TREND_WEEKS }, (_, week) => `WHEN "reviewedAt" >= @w${week + 1} THEN ${week}`).join(" ")} END`;

/** Each member's answers to assigned cards per 7-day window, for the last TREND_WEEKS windows. */
export function readWeekTallies(scope: ClassScope, now: Date): (WeekTally & { userId: string })[] {
  const bounds = Object.fromEntries(Array.from({ length: TREND_WEEKS }, (_, week) => [`w${week + 1}`, sqliteDate(new Date(now.getTime() - (week + 1) * 7 * DAY_MS))]));
  return statement(`
    SELECT "userId" AS userId, weeksAgo, COUNT(*) AS reviews, SUM(fromReview) AS retentionReviews, SUM(fromReview AND "rating" > 1) AS retentionPassed
    FROM (SELECT "userId", ${WEEK_OF} AS weeksAgo, "rating", ${FROM_REVIEW} AS fromReview FROM ${REVIEWS}
          WHERE "userId" IN (${MEMBERS}) AND "undoneAt" IS NULL AND "reviewedAt" >= @w${TREND_WEEKS} AND "reviewedAt" <= @now AND "cardId" IN (${ASSIGNED_CARDS}))
    GROUP BY "userId", weeksAgo ORDER BY "userId", weeksAgo`).all({ ...scope, now: sqliteDate(now), ...bounds }) as (WeekTally & { userId: string })[];
}

type StateColumns = [userId: string, cardId: string, state: CardStateFact["state"], due: string, stability: number, lapses: number, lastReview: string | null, suspended: number];

/** Members' scheduling states of the assigned cards. */
export function readCardStates(scope: ClassScope): CardStateFact[] {
  const rows = statement(`
    SELECT "userId", "cardId", "state", "due", "stability", "lapses", "lastReview", "suspended" FROM "CardState" INDEXED BY "CardState_class_analytics_idx"
    WHERE "userId" IN (${MEMBERS}) AND "cardId" IN (${ASSIGNED_CARDS})`)
    .raw(true)
    .all(scope) as StateColumns[];
  // Arrays, not objects, from SQLite: a class reads tens of thousands of these.
  return rows.map(([userId, cardId, state, due, stability, lapses, lastReview, suspended]) => ({
    userId, cardId, state, due: Date.parse(due), stability, lapses, lastReview: lastReview === null ? null : Date.parse(lastReview), suspended: suspended !== 0,
  }));
}

interface AttemptColumns {
  userId: string;
  scenarioId: string;
  passed: number;
  hintsUsed: number;
  createdAt: string;
  failedChecks: string | null;
  result: string | null;
}

/** Members' attempts on the assigned scenarios; the full result is read only for old failed attempts without a summary. */
export function readAttempts(scope: ClassScope): AttemptFact[] {
  const rows = statement(`
    SELECT "userId", "scenarioId", "passed", "hintsUsed", "createdAt", "failedChecks",
           CASE WHEN "failedChecks" IS NULL AND "passed" = 0 THEN "result" END AS result
    FROM "ScenarioAttempt"
    WHERE "userId" IN (${MEMBERS}) AND "scenarioId" IN (SELECT "scenarioId" FROM "Assignment" WHERE "classId" = @classId AND "scenarioId" IS NOT NULL)`).all(scope) as AttemptColumns[];
  return rows.map((row) => ({
    userId: row.userId,
    scenarioId: row.scenarioId,
    passed: row.passed !== 0,
    hintsUsed: row.hintsUsed,
    createdAt: new Date(row.createdAt),
    failedChecks: row.passed !== 0 ? [] : storedFailedChecks(row.failedChecks, row.result),
  }));
}

/** What every member's rows (and the topics, from cards and deck titles) depend on: the class's assignments and the last edit of a card or deck. */
export function readClassContext(classId: string): string {
  const row = statement(`
    SELECT (SELECT COUNT(*) || ':' || IFNULL(MAX("createdAt"), '') || ':' || IFNULL(group_concat("id"), '') FROM "Assignment" WHERE "classId" = @classId) || '|' ||
           IFNULL((SELECT MAX("updatedAt") FROM "Card"), '') || '|' || IFNULL((SELECT MAX("updatedAt") FROM "Deck"), '') AS context`).get({ classId }) as { context: string };
  return row.context;
}

/** A member's id, the version of their rows (equal exactly when nothing of theirs changed) and their fitted FSRS parameters. */
export type MemberVersion = [userId: string, version: string, parameters: string | null];

/**
 * Each member's version, read from the database on every request (so a write by every process is seen):
 * their StudyVersion (SQLite triggers bump it on every CardState and ReviewLog write) and their
 * attempts' count and last rowid; beside it, their fitted FSRS parameters (the heat map's curve).
 */
export function readMemberVersions(scope: ClassScope): MemberVersion[] {
  return statement(`
    SELECT m."userId", IFNULL(v."version", 0) || ':' || (SELECT COUNT(*) || ':' || IFNULL(MAX(a.rowid), 0) FROM "ScenarioAttempt" a WHERE a."userId" = m."userId"),
           s."fsrsParameters"
    FROM "ClassMember" m LEFT JOIN "StudyVersion" v ON v."userId" = m."userId" LEFT JOIN "StudySettings" s ON s."userId" = m."userId"
    WHERE m."classId" = @classId AND (@learnerId IS NULL OR m."userId" = @learnerId) ORDER BY m."userId"`)
    .raw(true)
    .all(scope) as MemberVersion[];
}
