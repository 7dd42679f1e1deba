import "server-only";
import type { CardStateName } from "@/lib/srs";
import { ApiError } from "../api-error";
import { db } from "../db";
import { rowFromSrsCard, srsCardFromSnapshot } from "./srs-records";

/**
 * Undoes the learner's most recent review: the card is restored exactly as it was before the answer
 * and the log row is marked undone (kept for the record, left out of every statistic). With
 * `expectedClientId`, only when that answer is still the most recent one.
 */
export async function undoLastReview(userId: string, now: Date, expectedClientId?: string): Promise<{ cardId: string; reviewId: string; rating: number; state: CardStateName }> {
  return db.$transaction(async (tx) => {
    const last = await tx.reviewLog.findFirst({ where: { userId, undoneAt: null }, orderBy: [{ reviewedAt: "desc" }, { id: "desc" }] });
    if (!last) throw new ApiError(404, "There is no review to undo.");
    if (expectedClientId !== undefined && last.clientId !== expectedClientId) {
      throw new ApiError(409, "Your last answer on this page is no longer your newest review (another tab answered since), so nothing was undone. Reload to see where you are.");
    }
    const before = srsCardFromSnapshot(last.cardId, last.stateBefore);
    const row = await tx.cardState.findUnique({ where: { userId_cardId: { userId, cardId: last.cardId } } });
    if (!row) throw new ApiError(409, "This card has no saved state to restore.");
    await tx.cardState.update({ where: { id: row.id }, data: { ...rowFromSrsCard(before), version: row.version + 1 } });
    await tx.reviewLog.update({ where: { id: last.id }, data: { undoneAt: now } });
    return { cardId: last.cardId, reviewId: last.id, rating: last.rating, state: before.schedule.state };
  });
}
