import "server-only";
import { ApiError } from "../api-error";
import type { DeckDb } from "./deck-db";
import { visibleDecksWhere } from "./list-decks";

/**
 * A deck the user owns, for changing it. Another user's private deck is a 404 (its existence does
 * not leak); a deck the user can see but does not own (built-in, public) is a 403 that says what to do.
 */
export async function getOwnedDeckOrThrow(db: DeckDb, userId: string, deckId: string) {
  const deck = await db.deck.findFirst({ where: { id: deckId, ...visibleDecksWhere(userId) } });
  if (!deck) throw new ApiError(404, `No deck with id "${deckId}" that you can see.`);
  if (deck.ownerId !== userId) {
    throw new ApiError(403, `"${deck.title}" is not yours to change. Make an editable copy of it and change the copy.`);
  }
  return deck;
}
