import "server-only";
import type { Rating, Scheduler, SrsCard } from "@/lib/srs";
import { newRecordId } from "../record-id";
import { snapshotOf, srsCardFromRow, type CardStateRow } from "./srs-records";
import type { NewReviewLog } from "./study-sql";

export interface ScheduledAnswer {
  readonly before: SrsCard;
  readonly after: SrsCard;
  /** The review log row to insert (a new id; both snapshots; FSRS's elapsed and scheduled days). */
  readonly log: NewReviewLog;
}

/**
 * One answer scheduled from the card's current state row (none: a new card), the same on every write
 * path (SQLite's transaction, PostgreSQL's one statement and its locking transaction).
 */
export function scheduleAnswer(
  userId: string,
  answer: { readonly clientId: string; readonly cardId: string; readonly rating: Rating; readonly durationMs: number },
  row: CardStateRow | null | undefined,
  now: Date,
  scheduler: Scheduler,
): ScheduledAnswer {
  const before = srsCardFromRow(answer.cardId, row, now);
  const { card: after, log } = scheduler.review(before, answer.rating, now);
  return {
    before,
    after,
    log: {
      id: newRecordId(now.getTime()),
      clientId: answer.clientId,
      userId,
      cardId: answer.cardId,
      rating: answer.rating,
      reviewedAt: now,
      durationMs: answer.durationMs,
      stateBefore: snapshotOf(before),
      stateAfter: snapshotOf(after),
      elapsedDays: log.elapsedDays,
      scheduledDays: log.scheduledDays,
    },
  };
}
