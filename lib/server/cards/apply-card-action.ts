import "server-only";
import { buryCard, suspendCard, unburyCard, unsuspendCard, type Scheduler, type SrsCard } from "@/lib/srs";
import { ApiError } from "../api-error";
import { db } from "../db";
import { getStudySettings } from "../study/get-settings";
import { rowFromSrsCard, schedulerFor, srsCardFromRow } from "../study/srs-records";
import type { CardAction } from "./card-action-schema";
import { findVisibleCardOrThrow } from "./find-visible-card";

class VersionConflict extends Error {}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}

function applied(action: CardAction, card: SrsCard, scheduler: Scheduler, timeZone: string, now: Date): SrsCard {
  switch (action) {
    case "suspend":
      return suspendCard(card);
    case "unsuspend":
      return unsuspendCard(card);
    case "bury":
      return buryCard(card, now, timeZone);
    case "unbury":
      return unburyCard(card);
    case "reset":
      return scheduler.reset(card, now);
  }
}

/**
 * Suspends, unsuspends, buries, unburies or resets one card for the learner. Writes the CardState
 * with the same optimistic version check as a review, so an answer from another tab is never lost.
 * The review log is append-only and untouched (a reset card keeps its history).
 */
export async function applyCardAction(userId: string, cardId: string, action: CardAction, now: Date): Promise<void> {
  const card = await findVisibleCardOrThrow(userId, cardId);
  const settings = await getStudySettings(userId);
  const scheduler = schedulerFor(settings);
  for (let attempt = 0; attempt < 5; attempt += 1) {
    try {
      await db.$transaction(async (tx) => {
        const row = await tx.cardState.findUnique({ where: { userId_cardId: { userId, cardId: card.id } } });
        const data = rowFromSrsCard(applied(action, srsCardFromRow(card.id, row, now), scheduler, settings.timeZone, now));
        if (row) {
          const updated = await tx.cardState.updateMany({ where: { id: row.id, version: row.version }, data: { ...data, version: row.version + 1 } });
          if (updated.count !== 1) throw new VersionConflict();
        } else {
          await tx.cardState.create({ data: { userId, cardId: card.id, ...data, version: 1 } });
        }
      });
      return;
    } catch (error) {
      if (error instanceof VersionConflict || isUniqueViolation(error)) continue;
      throw error;
    }
  }
  throw new ApiError(409, "This card was being changed at the same time (another tab?). Reload the page and try again.");
}
