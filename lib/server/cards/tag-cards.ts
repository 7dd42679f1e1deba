import "server-only";
import { ApiError } from "../api-error";
import { db } from "../db";

export interface TagResult {
  /** Cards that gained (add-tag) or lost (remove-tag) the tag. */
  done: number;
  /** Cards that already had it (add-tag) or never had it (remove-tag). */
  skipped: number;
  notFound: number;
}

/**
 * Adds or removes one of the learner's own tags on cards they can see. All or nothing: when any
 * selected card is not one they can see, nothing is written and the answer is a 404 naming it, so a
 * tag never lands on part of a selection.
 */
export async function tagCards(userId: string, cardIds: readonly string[], visible: ReadonlySet<string>, tag: string, action: "add-tag" | "remove-tag"): Promise<TagResult> {
  const missing = cardIds.filter((id) => !visible.has(id));
  if (missing.length > 0) {
    const more = missing.length > 1 ? ` and ${missing.length - 1} more` : "";
    throw new ApiError(404, `No card with id "${missing[0]}"${more} that you can see; nothing was tagged. Search again and select cards from the results.`, [{ path: "cardIds", message: `${missing.length} card(s) not found` }]);
  }
  const had = new Set((await db.cardUserTag.findMany({ where: { userId, tag, cardId: { in: [...cardIds] } }, select: { cardId: true } })).map((row) => row.cardId));
  if (action === "remove-tag") {
    const removed = had.size === 0 ? 0 : (await db.cardUserTag.deleteMany({ where: { userId, tag, cardId: { in: [...had] } } })).count;
    return { done: removed, skipped: cardIds.length - removed, notFound: 0 };
  }
  const fresh = cardIds.filter((id) => !had.has(id));
  if (fresh.length > 0) await db.cardUserTag.createMany({ data: fresh.map((cardId) => ({ userId, cardId, tag })) });
  return { done: fresh.length, skipped: had.size, notFound: 0 };
}
