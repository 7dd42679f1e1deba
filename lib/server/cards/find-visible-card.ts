import "server-only";
import { ApiError } from "../api-error";
import { db } from "../db";
import { visibleDecksWhere } from "../decks/list-decks";

/** The card if the user may see it (built-in, public or their own deck); 404 otherwise, never 403. */
export async function findVisibleCardOrThrow(userId: string, cardId: string) {
  const card = await db.card.findFirst({
    where: { id: cardId, deck: visibleDecksWhere(userId) },
    select: { id: true, key: true, kind: true, front: true, back: true, topic: true, tags: true, data: true, sourceLine: true, retiredAt: true, deck: { select: { id: true, title: true } } },
  });
  if (!card) throw new ApiError(404, `No card with id "${cardId}" that you can see. Open it from a deck you study.`);
  return card;
}
