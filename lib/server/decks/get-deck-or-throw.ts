import "server-only";
import { ApiError } from "../api-error";
import { db } from "../db";
import { visibleDecksWhere } from "./list-decks";

/**
 * A deck the user may see, or a 404 — also for another learner's private deck, so its existence
 * does not leak.
 */
export async function getDeckOrThrow(userId: string, deckId: string) {
  const deck = await db.deck.findFirst({ where: { id: deckId, ...visibleDecksWhere(userId) } });
  if (!deck) throw new ApiError(404, `No deck with id "${deckId}" that you can see.`);
  return deck;
}
