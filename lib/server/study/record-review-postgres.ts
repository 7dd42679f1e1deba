import "server-only";
import type { Scheduler } from "@/lib/srs";
import { isPgUniqueViolation, pgTransaction } from "../postgres";
import { newRecordId } from "../record-id";
import { recordInSnapshot } from "./learner-snapshot";
import type { RecordedReview, ReviewInput } from "./record-review";
import { rowFromSrsCard, snapshotOf, srsCardFromRow } from "./srs-records";
import type { StoredCardState } from "./study-sql";
import { findReviewByClientIdPg, insertCardStatePg, insertReviewLogPg, lockStudyVersionPg, readCardStatePg, readStudyVersionPg, updateCardStatePg } from "./study-sql-postgres";

/**
 * recordReview's transaction on PostgreSQL (./record-review.ts has the SQLite one and the contract).
 * SQLite's IMMEDIATE transaction serialises every writer; here the card's state row and the learner's
 * StudyVersion row are locked (in the order every other writer takes them: the state row, then the
 * version in its trigger), so a concurrent answer to the same card, from this instance or another,
 * waits and is applied on top. `earlier` answers a clientId already recorded.
 */
export async function recordReviewInPostgres(
  userId: string,
  input: ReviewInput,
  now: Date,
  scheduler: Scheduler,
  earlier: (existing: { id: string; userId: string; stateAfter: string } | undefined) => RecordedReview | null,
  attempt = 1,
): Promise<RecordedReview> {
  try {
    return await pgTransaction(async (client) => {
      const known = earlier(await findReviewByClientIdPg(input.clientId, client));
      if (known) return known;
      const row = await readCardStatePg(userId, input.cardId, client, "for update");
      const versionBefore = await lockStudyVersionPg(userId, client);
      const before = srsCardFromRow(input.cardId, row, now);
      const { card: after, log } = scheduler.review(before, input.rating, now);
      const reviewId = newRecordId(now.getTime());
      await insertReviewLogPg(
        {
          id: reviewId,
          clientId: input.clientId,
          userId,
          cardId: input.cardId,
          rating: input.rating,
          reviewedAt: now,
          durationMs: input.durationMs,
          stateBefore: snapshotOf(before),
          stateAfter: snapshotOf(after),
          elapsedDays: log.elapsedDays,
          scheduledDays: log.scheduledDays,
        },
        client,
      );
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
      return { review: { reviewId, duplicate: false, due: after.schedule.due.toISOString() }, stored, versions: { before: versionBefore, after: versionAfter }, stateBefore: before.schedule.state };
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
