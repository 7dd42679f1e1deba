import "server-only";
import type { CardStateName } from "@/lib/srs";
import { db } from "../db";
import { isPostgresUrl } from "../database-url";
import { rowFromSrsCard, srsCardFromSnapshot } from "./srs-records";
import { undoErrors } from "./undo-errors";
import { undoLastReviewInPostgres } from "./undo-review-postgres";

export interface UndoneReview {
  cardId: string;
  reviewId: string;
  rating: number;
  state: CardStateName;
}

/**
 * Undoes the learner's most recent review: the card is restored exactly as it was before the answer
 * and the log row is marked undone (kept for the record, left out of every statistic). With
 * `expectedClientId`, only when that answer is still the most recent one. On PostgreSQL the same in
 * raw SQL under the locks the review transaction takes (./undo-review-postgres.ts).
 */
export async function undoLastReview(userId: string, now: Date, expectedClientId?: string): Promise<UndoneReview> {
  if (isPostgresUrl()) return undoLastReviewInPostgres(userId, now, expectedClientId);
  return db.$transaction(async (tx) => {
    const last = await tx.reviewLog.findFirst({ where: { userId, undoneAt: null }, orderBy: [{ reviewedAt: "desc" }, { id: "desc" }] });
    if (!last) throw undoErrors.nothingToUndo();
    if (expectedClientId !== undefined && last.clientId !== expectedClientId) throw undoErrors.newerAnswer();
    const before = srsCardFromSnapshot(last.cardId, last.stateBefore);
    const row = await tx.cardState.findUnique({ where: { userId_cardId: { userId, cardId: last.cardId } } });
    if (!row) throw undoErrors.noState();
    await tx.cardState.update({ where: { id: row.id }, data: { ...rowFromSrsCard(before), version: row.version + 1 } });
    await tx.reviewLog.update({ where: { id: last.id }, data: { undoneAt: now } });
    return { cardId: last.cardId, reviewId: last.id, rating: last.rating, state: before.schedule.state };
  });
}
