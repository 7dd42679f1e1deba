import "server-only";
import { db } from "../db";

/**
 * Learners' study catalogues are cached while the Deck and Card tables hold still (see
 * study/study-catalogue.ts). Joining or leaving a class, or an assignment made or removed, changes
 * which decks a learner may study without touching those tables, so the class's assigned decks, the
 * decks shared with it (and `deckIds`) are marked updated: every cached catalogue is read afresh on its next use.
 */
export async function refreshStudyCatalogues(classId: string, deckIds: readonly string[] = []): Promise<void> {
  await db.deck.updateMany({
    where: { OR: [{ assignments: { some: { classId } } }, { classShares: { some: { classId } } }, { id: { in: [...deckIds] } }] },
    data: { updatedAt: new Date() },
  });
}
