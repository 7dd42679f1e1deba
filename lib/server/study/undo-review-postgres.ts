import "server-only";
import { pgDate, pgRow, pgRun, pgTransaction, type Queryable } from "../postgres";
import { rowFromSrsCard, srsCardFromSnapshot } from "./srs-records";
import { lockStudyVersionPg, readCardStatePg, updateCardStatePg } from "./study-sql-postgres";
import { undoErrors } from "./undo-errors";
import type { UndoneReview } from "./undo-review";

interface LastReview {
  id: string;
  clientId: string;
  cardId: string;
  rating: number;
  stateBefore: string;
}

async function lastReview(userId: string, on: Queryable): Promise<LastReview | undefined> {
  return pgRow<LastReview>(
    `SELECT "id", "clientId", "cardId", "rating", "stateBefore" FROM "ReviewLog" WHERE "userId" = $1 AND "undoneAt" IS NULL
     ORDER BY "reviewedAt" DESC, "id" COLLATE "C" DESC LIMIT 1`,
    [userId],
    on,
  );
}

/** Another answer or undo of the learner committed between the first read and the locks: read again. */
const MOVED = Symbol("moved");
const ATTEMPTS = 5;

/**
 * undoLastReview on PostgreSQL. At READ COMMITTED, reading the last review and then writing (as the
 * Prisma form does) lets an answer or an undo on another instance commit in between: two undos would
 * both undo the same answer, or an undo would restore a card over a newer answer to it. Here the card's
 * state row and then the learner's StudyVersion row are locked (the order the review transaction takes
 * them, ./record-review-postgres.ts), which every writer of the learner's reviews waits for, and the
 * last review is read again under the locks; when it moved meanwhile, the whole undo runs again.
 */
export async function undoLastReviewInPostgres(userId: string, now: Date, expectedClientId?: string): Promise<UndoneReview> {
  for (let attempt = 1; ; attempt += 1) {
    const outcome = await pgTransaction(async (client) => {
      const seen = await lastReview(userId, client);
      if (!seen) throw undoErrors.nothingToUndo();
      const row = await readCardStatePg(userId, seen.cardId, client, "for update");
      await lockStudyVersionPg(userId, client);
      const last = await lastReview(userId, client);
      if (last?.id !== seen.id) return MOVED;
      if (expectedClientId !== undefined && last.clientId !== expectedClientId) throw undoErrors.newerAnswer();
      if (!row) throw undoErrors.noState();
      const before = srsCardFromSnapshot(last.cardId, last.stateBefore);
      if (!(await updateCardStatePg(row.id, row.version, rowFromSrsCard(before), now, client))) throw new Error(`CardState ${row.id} changed while its row was locked`);
      await pgRun(`UPDATE "ReviewLog" SET "undoneAt" = $1 WHERE "id" = $2`, [pgDate(now), last.id], client);
      return { cardId: last.cardId, reviewId: last.id, rating: last.rating, state: before.schedule.state };
    });
    if (outcome !== MOVED) return outcome;
    if (attempt >= ATTEMPTS) throw new Error(`the learner's reviews kept changing during ${ATTEMPTS} attempts to undo the last one`);
  }
}
