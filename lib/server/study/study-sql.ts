import "server-only";
import { sqliteDate, statement } from "../sqlite";
import type { CardStateRow } from "./srs-records";

/**
 * The study loop's statements on the direct SQLite connection (see ../sqlite.ts): one place that knows
 * the CardState and ReviewLog columns as SQLite stores them (dates as text, booleans as 0/1).
 */
export type StoredCardState = CardStateRow & { id: string; cardId: string; version: number };

/** A CardState row as SQLite hands it over: dates as text, booleans as 0/1. */
type CardStateColumns = Omit<StoredCardState, "due" | "lastReview" | "buriedUntil" | "suspended" | "leech"> & {
  due: string;
  lastReview: string | null;
  buriedUntil: string | null;
  suspended: number;
  leech: number;
};

const STATE_COLUMNS = `"id", "cardId", "state", "due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps",
  "reps", "lapses", "lastReview", "suspended", "buriedUntil", "leech", "version"`;

function cardStateFromColumns(row: CardStateColumns): StoredCardState {
  return {
    ...row,
    due: new Date(row.due),
    lastReview: row.lastReview === null ? null : new Date(row.lastReview),
    buriedUntil: row.buriedUntil === null ? null : new Date(row.buriedUntil),
    suspended: row.suspended !== 0,
    leech: row.leech !== 0,
  };
}

export function readCardState(userId: string, cardId: string): StoredCardState | undefined {
  const row = statement(`SELECT ${STATE_COLUMNS} FROM "CardState" WHERE "userId" = ? AND "cardId" = ?`).get(userId, cardId) as CardStateColumns | undefined;
  return row && cardStateFromColumns(row);
}

export function readCardStates(userId: string): StoredCardState[] {
  return (statement(`SELECT ${STATE_COLUMNS} FROM "CardState" WHERE "userId" = ?`).all(userId) as CardStateColumns[]).map(cardStateFromColumns);
}

function stateValues(row: CardStateRow, now: Date): unknown[] {
  return [
    row.state,
    sqliteDate(row.due),
    row.stability,
    row.difficulty,
    row.elapsedDays,
    row.scheduledDays,
    row.learningSteps,
    row.reps,
    row.lapses,
    row.lastReview ? sqliteDate(row.lastReview) : null,
    row.suspended ? 1 : 0,
    row.buriedUntil ? sqliteDate(row.buriedUntil) : null,
    row.leech ? 1 : 0,
    sqliteDate(now),
  ];
}

/** Writes a card's new state when it is still at `version`; false when someone changed it meanwhile. */
export function updateCardState(id: string, version: number, row: CardStateRow, now: Date): boolean {
  const result = statement(
    `UPDATE "CardState" SET "state" = ?, "due" = ?, "stability" = ?, "difficulty" = ?, "elapsedDays" = ?, "scheduledDays" = ?,
       "learningSteps" = ?, "reps" = ?, "lapses" = ?, "lastReview" = ?, "suspended" = ?, "buriedUntil" = ?, "leech" = ?, "updatedAt" = ?,
       "version" = "version" + 1
     WHERE "id" = ? AND "version" = ?`,
  ).run(...stateValues(row, now), id, version);
  return result.changes === 1;
}

export function insertCardState(id: string, userId: string, cardId: string, row: CardStateRow, now: Date): void {
  statement(
    `INSERT INTO "CardState" ("state", "due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses",
       "lastReview", "suspended", "buriedUntil", "leech", "updatedAt", "id", "userId", "cardId", "version")
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
  ).run(...stateValues(row, now), id, userId, cardId);
}

export interface NewReviewLog {
  id: string;
  clientId: string;
  userId: string;
  cardId: string;
  rating: number;
  reviewedAt: Date;
  durationMs: number;
  stateBefore: string;
  stateAfter: string;
  elapsedDays: number;
  scheduledDays: number;
}

export function insertReviewLog(log: NewReviewLog): void {
  statement(
    `INSERT INTO "ReviewLog" ("id", "clientId", "userId", "cardId", "rating", "reviewedAt", "durationMs", "stateBefore", "stateAfter",
       "elapsedDays", "scheduledDays") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    log.id,
    log.clientId,
    log.userId,
    log.cardId,
    log.rating,
    sqliteDate(log.reviewedAt),
    log.durationMs,
    log.stateBefore,
    log.stateAfter,
    log.elapsedDays,
    log.scheduledDays,
  );
}

export function findReviewByClientId(clientId: string): { id: string; userId: string; stateAfter: string } | undefined {
  return statement(`SELECT "id", "userId", "stateAfter" FROM "ReviewLog" WHERE "clientId" = ?`).get(clientId) as
    | { id: string; userId: string; stateAfter: string }
    | undefined;
}

/** The learner's reviews since `dayStart` that still count (not undone): the card and the state it was in. */
export function reviewsSince(userId: string, dayStart: Date): { cardId: string; stateBefore: string | null }[] {
  return statement(
    `SELECT "cardId", CASE WHEN json_valid("stateBefore") THEN json_extract("stateBefore", '$.schedule.state') END AS "stateBefore"
       FROM "ReviewLog" WHERE "userId" = ? AND "undoneAt" IS NULL AND "reviewedAt" >= ?`,
  ).all(userId, sqliteDate(dayStart)) as { cardId: string; stateBefore: string | null }[];
}

/** The learner's StudyVersion: triggers bump it on every write to their CardState and ReviewLog rows. */
export function readStudyVersion(userId: string): number {
  return (statement(`SELECT "version" FROM "StudyVersion" WHERE "userId" = ?`).pluck().get(userId) as number | undefined) ?? 0;
}
