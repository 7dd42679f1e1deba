import "server-only";
import type { Rating, Scheduler } from "@/lib/srs";
import { ApiError } from "../api-error";
import { db } from "../db";
import { visibleDecksWhere } from "../decks/list-decks";
import { getStudySettings } from "./get-settings";
import { rowFromSrsCard, schedulerFor, snapshotOf, srsCardFromRow, type CardStateRow } from "./srs-records";

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

class VersionConflict extends Error {}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}

async function findByClientId(userId: string, clientId: string): Promise<RecordedReview | null> {
  const existing = await db.reviewLog.findUnique({ where: { clientId }, select: { id: true, userId: true, stateAfter: true } });
  if (!existing) return null;
  if (existing.userId !== userId) throw new ApiError(409, "This review id was already used. Reload the page and answer again.");
  const due = (JSON.parse(existing.stateAfter) as { schedule: { due: string } }).schedule.due;
  return { reviewId: existing.id, duplicate: true, due };
}

/**
 * Records one answer exactly once. The browser generates `clientId`, so a double click, a retry after
 * a network error or a second tab never records it twice; a concurrent answer to the same card is
 * applied on top of the other (optimistic version check, retried), never lost.
 */
export async function recordReview(
  userId: string,
  input: ReviewInput,
  now: Date,
  known?: { settings?: Awaited<ReturnType<typeof getStudySettings>>; scheduler?: Scheduler; cardVisible?: boolean },
): Promise<RecordedReview> {
  let card: { id: string } | null;
  if (known?.cardVisible) {
    // The caller has just seen the card among the learner's visible live cards (the review route):
    // no reads before the transaction. A repeated clientId then fails the review's insert on its
    // unique index, which answers with the earlier review below, exactly as the read would have.
    card = { id: input.cardId };
  } else {
    const earlier = await findByClientId(userId, input.clientId);
    if (earlier) return earlier;
    card = await db.card.findFirst({ where: { id: input.cardId, retiredAt: null, deck: visibleDecksWhere(userId) }, select: { id: true } });
    if (!card) throw new ApiError(404, `No card with id "${input.cardId}" that you can study.`);
  }
  const scheduler = known?.scheduler ?? schedulerFor(known?.settings ?? (await getStudySettings(userId)));

  for (let attempt = 0; attempt < 5; attempt += 1) {
    try {
      return await db.$transaction(async (tx) => {
        // Plain SQL for the read (Prisma's query compiler costs about three times the read itself).
        const [row] = await tx.$queryRaw<(CardStateRow & { id: string; version: number })[]>`
          SELECT * FROM "CardState" WHERE "userId" = ${userId} AND "cardId" = ${card.id}`;
        const before = srsCardFromRow(card.id, row, now);
        const { card: after, log } = scheduler.review(before, input.rating, now);
        const review = await tx.reviewLog.create({
          data: {
            clientId: input.clientId,
            userId,
            cardId: card.id,
            rating: input.rating,
            reviewedAt: now,
            durationMs: input.durationMs,
            stateBefore: snapshotOf(before),
            stateAfter: snapshotOf(after),
            elapsedDays: log.elapsedDays,
            scheduledDays: log.scheduledDays,
          },
        });
        const data = rowFromSrsCard(after);
        if (row) {
          const updated = await tx.cardState.updateMany({ where: { id: row.id, version: row.version }, data: { ...data, version: row.version + 1 } });
          if (updated.count !== 1) throw new VersionConflict();
        } else {
          await tx.cardState.create({ data: { userId, cardId: card.id, ...data, version: 1 } });
        }
        return { reviewId: review.id, duplicate: false, due: after.schedule.due.toISOString() };
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        const duplicate = await findByClientId(userId, input.clientId);
        if (duplicate) return duplicate;
        continue; // the card's first state was created concurrently: read it and apply on top
      }
      if (error instanceof VersionConflict) continue;
      throw error;
    }
  }
  throw new ApiError(409, "This card was being changed by another tab; your answer was not saved. Try again.");
}
