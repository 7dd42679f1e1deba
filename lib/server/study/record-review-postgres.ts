import "server-only";
import type { Scheduler } from "@/lib/srs";
import { isPgUniqueViolation, pgTransaction } from "../postgres";
import { newRecordId } from "../record-id";
import { keptCardState, recordInSnapshot } from "./learner-snapshot";
import type { RecordedReview, ReviewInput } from "./record-review";
import { scheduleAnswer } from "./schedule-answer";
import { rowFromSrsCard } from "./srs-records";
import type { StoredCardState } from "./study-sql";
import {
  findReviewByClientIdPg,
  insertCardStatePg,
  insertReviewLogPg,
  lockStudyVersionPg,
  readCardStateAndStudyVersionPg,
  readCardStatePg,
  readStudyVersionPg,
  recordReviewInOneStatementPg,
  updateCardStatePg,
} from "./study-sql-postgres";

type Earlier = (existing: { id: string; userId: string; stateAfter: string } | undefined) => RecordedReview | null;

/** A copy of the learner's study state to schedule an answer from: their StudyVersion and the card's state row at it. */
interface StudyCopy {
  readonly studyVersion: number;
  readonly state: StoredCardState | undefined;
}

/**
 * The answer scheduled from `copy` and written in one statement that first checks the copy is still
 * current (kubedeck_record_review: one round trip, its own transaction); "stale" wrote nothing.
 */
async function recordFromCopy(userId: string, input: ReviewInput, now: Date, scheduler: Scheduler, earlier: Earlier, copy: StudyCopy): Promise<RecordedReview | "stale"> {
  const row = copy.state;
  const { before, after, log } = scheduleAnswer(userId, input, row, now, scheduler);
  const data = rowFromSrsCard(after);
  const stored: StoredCardState = row ? { ...data, id: row.id, cardId: input.cardId, version: row.version + 1 } : { ...data, id: newRecordId(now.getTime()), cardId: input.cardId, version: 1 };
  const outcome = await recordReviewInOneStatementPg(
    log,
    { studyVersion: copy.studyVersion, state: row ? { id: row.id, version: row.version } : null },
    { id: stored.id, row: data },
  );
  if (outcome.outcome === "duplicate") return earlier(outcome.existing) ?? "stale";
  if (outcome.outcome === "stale") return "stale";
  // The kept copy takes the answer only if it was at the version this was scheduled from (else it is dropped).
  recordInSnapshot(userId, { before: copy.studyVersion, after: outcome.studyVersion }, stored, { cardId: input.cardId, stateBefore: before.schedule.state, reviewedAt: now });
  return { reviewId: log.id, duplicate: false, due: after.schedule.due.toISOString() };
}

/**
 * The fast path: the answer scheduled from this process's kept copy of the learner (learner-snapshot.ts),
 * or, when there is none or it is stale (the learner's last answer went to another instance), from the
 * card's row and the StudyVersion read in one statement: one or three round trips instead of the
 * transaction's nine. `null` when neither was current by the time it was written (a concurrent write
 * to this learner) or the learner has no StudyVersion row yet (nothing to lock): the caller runs the
 * transaction, which reads and locks the rows itself.
 */
async function recordInOneStatement(userId: string, input: ReviewInput, now: Date, scheduler: Scheduler, earlier: Earlier): Promise<RecordedReview | null> {
  const kept = keptCardState(userId, input.cardId);
  if (kept && kept.studyVersion > 0) {
    const recorded = await recordFromCopy(userId, input, now, scheduler, earlier, kept);
    if (recorded !== "stale") return recorded;
  }
  const fresh = await readCardStateAndStudyVersionPg(userId, input.cardId);
  if (fresh.studyVersion === 0) return null;
  const recorded = await recordFromCopy(userId, input, now, scheduler, earlier, fresh);
  return recorded === "stale" ? null : recorded;
}

/**
 * recordReview's transaction on PostgreSQL (./record-review.ts has the SQLite one and the contract).
 * SQLite's IMMEDIATE transaction serialises every writer; here the card's state row and the learner's
 * StudyVersion row are locked (in the order every other writer takes them: the state row, then the
 * version in its trigger), so a concurrent answer to the same card, from this instance or another,
 * waits and is applied on top. `earlier` answers a clientId already recorded. First tries the one-statement
 * fast path (`recordInOneStatement`), which records the same answer when the kept copy is current.
 */
export async function recordReviewInPostgres(
  userId: string,
  input: ReviewInput,
  now: Date,
  scheduler: Scheduler,
  earlier: Earlier,
  attempt = 1,
): Promise<RecordedReview> {
  try {
    const fast = attempt === 1 ? await recordInOneStatement(userId, input, now, scheduler, earlier) : null;
    if (fast) return fast;
    return await pgTransaction(async (client) => {
      const known = earlier(await findReviewByClientIdPg(input.clientId, client));
      if (known) return known;
      const row = await readCardStatePg(userId, input.cardId, client, "for update");
      const versionBefore = await lockStudyVersionPg(userId, client);
      const { before, after, log } = scheduleAnswer(userId, input, row, now, scheduler);
      await insertReviewLogPg(log, client);
      const data = rowFromSrsCard(after);
      let stored: StoredCardState;
      if (!row) {
        stored = { ...data, id: newRecordId(now.getTime()), cardId: input.cardId, version: 1 };
        await insertCardStatePg(stored.id, userId, input.cardId, data, now, client);
      } else {
        if (!(await updateCardStatePg(row.id, row.version, data, now, client))) throw new Error(`CardState ${row.id} changed while its row was locked`);
        stored = { ...data, id: row.id, cardId: input.cardId, version: row.version + 1 };
      }
      const versionAfter = await readStudyVersionPg(userId, client);
      return { review: { reviewId: log.id, duplicate: false, due: after.schedule.due.toISOString() }, stored, versions: { before: versionBefore, after: versionAfter }, stateBefore: before.schedule.state };
    }).then((outcome) => {
      if (!("review" in outcome)) return outcome;
      // Applied once committed: a rolled-back answer never reaches this process's kept copy.
      recordInSnapshot(userId, outcome.versions, outcome.stored, { cardId: input.cardId, stateBefore: outcome.stateBefore, reviewedAt: now });
      return outcome.review;
    });
  } catch (error) {
    // The same clientId (a retry, a second tab) or the card's first state committed by another
    // instance meanwhile: the second writer lost the race on a unique key. Once more sees the winner's row.
    if (!isPgUniqueViolation(error) || attempt >= 2) throw error;
    return recordReviewInPostgres(userId, input, now, scheduler, earlier, attempt + 1);
  }
}
