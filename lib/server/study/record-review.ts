import "server-only";
import type { Rating, Scheduler } from "@/lib/srs";
import { ApiError } from "../api-error";
import { isPostgresUrl } from "../database-url";
import { db } from "../db";
import { visibleDecksWhere } from "../decks/list-decks";
import { newRecordId } from "../record-id";
import { immediateTransaction } from "../sqlite";
import { getStudySettings } from "./get-settings";
import { scheduleAnswer } from "./schedule-answer";
import { rowFromSrsCard, schedulerFor } from "./srs-records";
import { recordInSnapshot } from "./learner-snapshot";
import { recordReviewInPostgres } from "./record-review-postgres";
import { findReviewByClientIdPg } from "./study-sql-postgres";
import { findReviewByClientId, insertCardState, insertReviewLog, readCardState, readStudyVersion, updateCardState, type StoredCardState } from "./study-sql";

export interface ReviewInput {
  clientId: string;
  cardId: string;
  rating: Rating;
  durationMs: number;
}

export interface RecordedReview {
  reviewId: string;
  duplicate: boolean;
  due: string;
}

function earlierReview(userId: string, clientId: string): RecordedReview | null {
  return earlierOf(userId, findReviewByClientId(clientId));
}

function earlierOf(userId: string, existing: { id: string; userId: string; stateAfter: string } | undefined): RecordedReview | null {
  if (!existing) return null;
  if (existing.userId !== userId) throw new ApiError(409, "This review id was already used. Reload the page and answer again.");
  const due = (JSON.parse(existing.stateAfter) as { schedule: { due: string } }).schedule.due;
  return { reviewId: existing.id, duplicate: true, due };
}

/**
 * Records one answer exactly once. The browser generates `clientId`, so a double click, a retry after
 * a network error or a second tab never records it twice; a concurrent answer to the same card is
 * applied on top of the other, never lost: the read, the schedule and both writes run in one
 * IMMEDIATE transaction on the direct connection, which holds the write lock from its first read.
 */
export async function recordReview(
  userId: string,
  input: ReviewInput,
  now: Date,
  known?: { settings?: Awaited<ReturnType<typeof getStudySettings>>; scheduler?: Scheduler; cardVisible?: boolean },
): Promise<RecordedReview> {
  if (!known?.cardVisible) {
    // The review route has just seen the card among the learner's visible live cards; other callers
    // have not. A repeated clientId answers with the earlier review even if the card is gone since.
    const earlier = isPostgresUrl() ? earlierOf(userId, await findReviewByClientIdPg(input.clientId)) : earlierReview(userId, input.clientId);
    if (earlier) return earlier;
    const card = await db.card.findFirst({ where: { id: input.cardId, retiredAt: null, deck: visibleDecksWhere(userId) }, select: { id: true } });
    if (!card) throw new ApiError(404, `No card with id "${input.cardId}" that you can study: it was removed from its deck or belongs to another learner. Reload the study page for your current cards.`);
  }
  const scheduler = known?.scheduler ?? schedulerFor(known?.settings ?? (await getStudySettings(userId)));
  if (isPostgresUrl()) return recordReviewInPostgres(userId, input, now, scheduler, (existing) => earlierOf(userId, existing));
  return immediateTransaction(() => {
    const earlier = earlierReview(userId, input.clientId);
    if (earlier) return earlier;
    const versionBefore = readStudyVersion(userId);
    const row = readCardState(userId, input.cardId);
    const { before, after, log } = scheduleAnswer(userId, input, row, now, scheduler);
    insertReviewLog(log);
    const data = rowFromSrsCard(after);
    let stored: StoredCardState;
    if (!row) {
      stored = { ...data, id: newRecordId(now.getTime()), cardId: input.cardId, version: 1 };
      insertCardState(stored.id, userId, input.cardId, data, now);
    } else {
      if (!updateCardState(row.id, row.version, data, now)) throw new Error(`CardState ${row.id} changed inside an immediate transaction`);
      stored = { ...data, id: row.id, cardId: input.cardId, version: row.version + 1 };
    }
    recordInSnapshot(userId, { before: versionBefore, after: readStudyVersion(userId) }, stored, { cardId: input.cardId, stateBefore: before.schedule.state, reviewedAt: now });
    return { reviewId: log.id, duplicate: false, due: after.schedule.due.toISOString() };
  });
}
