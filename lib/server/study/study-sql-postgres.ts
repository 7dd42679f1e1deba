import "server-only";
import { pgDate, pgRow, pgRows, pgRun, type Queryable } from "../postgres";
import type { CardStateRow } from "./srs-records";
import type { NewReviewLog, StoredCardState } from "./study-sql";

/**
 * The PostgreSQL forms of ./study-sql.ts's statements, with the same behaviour: dates are `timestamp(3)`
 * (read as UTC, see ../postgres.ts), booleans are booleans, and the JSON snapshot's state is read by
 * `kubedeck_state_before` (prisma/migrations-postgresql), SQLite's `json_valid`/`json_extract` there.
 * `on` is the transaction's connection when inside one.
 */
const STATE_COLUMNS = `"id", "cardId", "state", "due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps",
  "reps", "lapses", "lastReview", "suspended", "buriedUntil", "leech", "version"`;

export async function readCardStatePg(userId: string, cardId: string, on: Queryable, lock: "for update" | "" = ""): Promise<StoredCardState | undefined> {
  return pgRow<StoredCardState>(`SELECT ${STATE_COLUMNS} FROM "CardState" WHERE "userId" = $1 AND "cardId" = $2 ${lock === "for update" ? "FOR UPDATE" : ""}`, [userId, cardId], on);
}

/** The card's state row (`undefined`: none yet) and the learner's StudyVersion (0: none yet), as one snapshot, without locks. */
export async function readCardStateAndStudyVersionPg(userId: string, cardId: string): Promise<{ studyVersion: number; state: StoredCardState | undefined }> {
  // Every state column is null when the card has no row yet (the LEFT JOIN): `id` tells.
  const row = await pgRow<Omit<StoredCardState, "id"> & { id: string | null; studyVersion: number | null }>(
    `SELECT v."version" AS "studyVersion", ${STATE_COLUMNS.split(",").map((column) => `s.${column.trim()}`).join(", ")}
       FROM (SELECT 1) AS one LEFT JOIN "StudyVersion" v ON v."userId" = $1 LEFT JOIN "CardState" s ON s."userId" = $1 AND s."cardId" = $2`,
    [userId, cardId],
  );
  if (!row) return { studyVersion: 0, state: undefined };
  const { studyVersion, id, ...state } = row;
  return { studyVersion: studyVersion ?? 0, state: id === null ? undefined : { ...state, id } };
}

export async function readCardStatesPg(userId: string): Promise<StoredCardState[]> {
  return pgRows<StoredCardState>(`SELECT ${STATE_COLUMNS} FROM "CardState" WHERE "userId" = $1`, [userId]);
}

function stateValues(row: CardStateRow, now: Date): unknown[] {
  return [
    row.state,
    pgDate(row.due),
    row.stability,
    row.difficulty,
    row.elapsedDays,
    row.scheduledDays,
    row.learningSteps,
    row.reps,
    row.lapses,
    row.lastReview ? pgDate(row.lastReview) : null,
    row.suspended,
    row.buriedUntil ? pgDate(row.buriedUntil) : null,
    row.leech,
    pgDate(now),
  ];
}

/** Writes a card's new state when it is still at `version`; false when someone changed it meanwhile. */
export async function updateCardStatePg(id: string, version: number, row: CardStateRow, now: Date, on: Queryable): Promise<boolean> {
  const changed = await pgRun(
    `UPDATE "CardState" SET "state" = $1, "due" = $2, "stability" = $3, "difficulty" = $4, "elapsedDays" = $5, "scheduledDays" = $6,
       "learningSteps" = $7, "reps" = $8, "lapses" = $9, "lastReview" = $10, "suspended" = $11, "buriedUntil" = $12, "leech" = $13, "updatedAt" = $14,
       "version" = "version" + 1
     WHERE "id" = $15 AND "version" = $16`,
    [...stateValues(row, now), id, version],
    on,
  );
  return changed === 1;
}

export async function insertCardStatePg(id: string, userId: string, cardId: string, row: CardStateRow, now: Date, on: Queryable): Promise<void> {
  await pgRun(
    `INSERT INTO "CardState" ("state", "due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses",
       "lastReview", "suspended", "buriedUntil", "leech", "updatedAt", "id", "userId", "cardId", "version")
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, 1)`,
    [...stateValues(row, now), id, userId, cardId],
    on,
  );
}

export async function insertReviewLogPg(log: NewReviewLog, on: Queryable): Promise<void> {
  await pgRun(
    `INSERT INTO "ReviewLog" ("id", "clientId", "userId", "cardId", "rating", "reviewedAt", "durationMs", "stateBefore", "stateAfter",
       "elapsedDays", "scheduledDays") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [log.id, log.clientId, log.userId, log.cardId, log.rating, pgDate(log.reviewedAt), log.durationMs, log.stateBefore, log.stateAfter, log.elapsedDays, log.scheduledDays],
    on,
  );
}

export async function findReviewByClientIdPg(clientId: string, on?: Queryable): Promise<{ id: string; userId: string; stateAfter: string } | undefined> {
  return pgRow<{ id: string; userId: string; stateAfter: string }>(`SELECT "id", "userId", "stateAfter" FROM "ReviewLog" WHERE "clientId" = $1`, [clientId], on);
}

/** The learner's reviews since `dayStart` that still count (not undone): the card and the state it was in. */
export async function reviewsSincePg(userId: string, dayStart: Date): Promise<{ cardId: string; stateBefore: string | null }[]> {
  return pgRows<{ cardId: string; stateBefore: string | null }>(
    `SELECT "cardId", kubedeck_state_before("stateBefore") AS "stateBefore"
       FROM "ReviewLog" WHERE "userId" = $1 AND "undoneAt" IS NULL AND "reviewedAt" >= $2`,
    [userId, pgDate(dayStart)],
  );
}

/** The learner's StudyVersion: triggers bump it on every write to their CardState and ReviewLog rows. */
export async function readStudyVersionPg(userId: string, on?: Queryable): Promise<number> {
  return (await pgRow<{ version: number }>(`SELECT "version" FROM "StudyVersion" WHERE "userId" = $1`, [userId], on))?.version ?? 0;
}

/**
 * The learner's StudyVersion, locked until the transaction ends: every other writer of their CardState
 * or ReviewLog rows (any instance, Prisma too) bumps it in a trigger, so it waits until this commits,
 * and the versions read before and after this transaction's writes differ by exactly its own writes.
 */
export async function lockStudyVersionPg(userId: string, on: Queryable): Promise<number> {
  await pgRun(`INSERT INTO "StudyVersion" ("userId", "version") VALUES ($1, 0) ON CONFLICT ("userId") DO NOTHING`, [userId], on);
  return (await pgRow<{ version: number }>(`SELECT "version" FROM "StudyVersion" WHERE "userId" = $1 FOR UPDATE`, [userId], on))?.version ?? 0;
}

/** What `kubedeck_record_review` answered (prisma/migrations-postgresql/20261207140000_record_review_function). */
export type OneStatementReview =
  | { outcome: "recorded"; studyVersion: number }
  | { outcome: "duplicate"; existing: { id: string; userId: string; stateAfter: string } }
  | { outcome: "stale" };

/**
 * Records an answer scheduled from the process's kept copy of the learner's study state in one statement
 * (one round trip, its own transaction), only if the card's state row is still `expected.state` (`null`:
 * no row yet) and the learner's StudyVersion still `expected.studyVersion`; "stale" wrote nothing.
 */
export async function recordReviewInOneStatementPg(
  log: NewReviewLog,
  expected: { studyVersion: number; state: { id: string; version: number } | null },
  next: { id: string; row: CardStateRow },
): Promise<OneStatementReview> {
  const row = next.row;
  const answer = await pgRow<{ outcome: string; reviewId: string | null; reviewUserId: string | null; reviewStateAfter: string | null; studyVersion: number | null }>(
    `SELECT "outcome", "reviewId", "reviewUserId", "reviewStateAfter", "studyVersion" FROM kubedeck_record_review(
       $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28)`,
    [
      log.userId, log.cardId, log.clientId, expected.studyVersion, expected.state?.id ?? null, expected.state?.version ?? null,
      log.id, log.rating, pgDate(log.reviewedAt), log.durationMs, log.stateBefore, log.stateAfter, log.elapsedDays, log.scheduledDays,
      next.id, row.state, pgDate(row.due), row.stability, row.difficulty, row.elapsedDays, row.scheduledDays, row.learningSteps, row.reps,
      row.lapses, row.lastReview ? pgDate(row.lastReview) : null, row.suspended, row.buriedUntil ? pgDate(row.buriedUntil) : null, row.leech,
    ],
  );
  if (answer?.outcome === "recorded" && answer.studyVersion !== null) return { outcome: "recorded", studyVersion: answer.studyVersion };
  if (answer?.outcome === "duplicate" && answer.reviewId !== null && answer.reviewUserId !== null && answer.reviewStateAfter !== null) {
    return { outcome: "duplicate", existing: { id: answer.reviewId, userId: answer.reviewUserId, stateAfter: answer.reviewStateAfter } };
  }
  return { outcome: "stale" };
}
