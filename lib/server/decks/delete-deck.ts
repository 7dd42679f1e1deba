import "server-only";
import type { DeckDb } from "./deck-db";

/**
 * Deletes a deck for everyone: it and its cards are retired (hidden from lists and study), and its
 * slug is freed. Nothing is erased, so each learner's review history of it stays in their
 * statistics and export.
 */
export async function deleteDeck(tx: DeckDb, deckId: string, now: Date): Promise<void> {
  await tx.card.updateMany({ where: { deckId, retiredAt: null }, data: { retiredAt: now } });
  await tx.deck.update({ where: { id: deckId }, data: { retiredAt: now, authorSlug: null } });
}
