import "server-only";
import type { BulkCardAction } from "@/lib/validations/card-browser";
import { ApiError } from "../api-error";
import { db } from "../db";
import { visibleDecksWhere } from "../decks/list-decks";
import { applyCardAction } from "./apply-card-action";
import { tagCards } from "./tag-cards";

export interface BulkResult {
  /** Cards the action was applied to. */
  done: number;
  /** Cards it does not apply to (set-due on a card never studied). */
  skipped: number;
  /** Ids that are not cards the user can see. */
  notFound: number;
}

/** Moves a studied card's due date (its memory state is untouched); false for a card never studied. */
async function setDue(userId: string, cardId: string, due: Date): Promise<boolean> {
  const row = await db.cardState.findUnique({ where: { userId_cardId: { userId, cardId } } });
  if (!row || row.state === "new") return false;
  const updated = await db.cardState.updateMany({ where: { id: row.id, version: row.version }, data: { due, version: row.version + 1 } });
  if (updated.count !== 1) throw new ApiError(409, "A card was being changed at the same time (another tab?). Reload and try again.");
  return true;
}

/**
 * The card browser's bulk actions: suspend, unsuspend, bury, unbury, reset (each card as its own
 * card action, with the same version check as a review), set-due, and add-tag / remove-tag (the
 * learner's own tags; all or nothing, see tag-cards.ts).
 */
export async function applyBulkCardAction(userId: string, input: BulkCardAction, now: Date): Promise<BulkResult> {
  const ids = [...new Set(input.cardIds)];
  const visible = new Set(
    (await db.card.findMany({ where: { id: { in: ids }, retiredAt: null, deck: visibleDecksWhere(userId) }, select: { id: true } })).map((card) => card.id),
  );
  if (input.action === "add-tag" || input.action === "remove-tag") return tagCards(userId, ids, visible, input.tag ?? "", input.action);
  const result: BulkResult = { done: 0, skipped: 0, notFound: ids.length - visible.size };
  for (const id of ids.filter((cardId) => visible.has(cardId))) {
    if (input.action === "set-due") {
      if (await setDue(userId, id, new Date(`${input.due ?? ""}T00:00:00.000Z`))) result.done += 1;
      else result.skipped += 1;
    } else {
      await applyCardAction(userId, id, input.action, now);
      result.done += 1;
    }
  }
  return result;
}
