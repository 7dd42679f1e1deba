import "server-only";
import type { DeckDb } from "./deck-db";

export interface DeckImpact {
  cards: number;
  /** Learners other than the owner with progress on the deck's cards. */
  learners: number;
  /** Reviews of the deck's cards by anyone (they stay in each learner's statistics and export). */
  reviews: number;
}

/** What deleting a deck touches, for the confirmation. */
export async function countDeckImpact(db: DeckDb, deckId: string, ownerId: string | null): Promise<DeckImpact> {
  const [cards, learners, reviews] = await Promise.all([
    db.card.count({ where: { deckId, retiredAt: null } }),
    db.cardState.groupBy({ by: ["userId"], where: { card: { deckId }, ...(ownerId ? { userId: { not: ownerId } } : {}) } }),
    db.reviewLog.count({ where: { card: { deckId }, undoneAt: null } }),
  ]);
  return { cards, learners: learners.length, reviews };
}
