import "server-only";
import type { Prisma } from "@/prisma/generated/client";
import { MAX_DECKS_PER_USER, MAX_IMPORTED_CARDS_PER_USER } from "@/lib/validations/import-limits";
import { ApiError } from "../api-error";

/**
 * The per-account quotas of "import my notes" (lib/validations/import-limits.ts): 422 naming the limit
 * when saving `newCards` more cards as one more deck would pass it. Runs inside the import's transaction.
 */
export async function checkImportQuotas(tx: Prisma.TransactionClient, userId: string, newCards: number): Promise<void> {
  const ownDecks = { ownerId: userId, origin: "imported", retiredAt: null };
  const decks = await tx.deck.count({ where: ownDecks });
  if (decks >= MAX_DECKS_PER_USER) {
    const message = `You have ${decks} imported decks, the most one account may keep (${MAX_DECKS_PER_USER}). Add these notes to a deck you have, or ask an admin.`;
    throw new ApiError(422, message, [{ path: "", message }]);
  }
  const cards = await tx.card.count({ where: { retiredAt: null, deck: ownDecks } });
  if (cards + newCards > MAX_IMPORTED_CARDS_PER_USER) {
    const message = `Your imported decks hold ${cards} cards; ${newCards} more would pass the ${MAX_IMPORTED_CARDS_PER_USER} one account may keep. Keep fewer cards, or ask an admin.`;
    throw new ApiError(422, message, [{ path: "cards", message }]);
  }
}
