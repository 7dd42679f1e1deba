import "server-only";
import { MAX_CARDS_PER_DECK, MAX_DECKS_PER_USER, MAX_IMPORTED_CARDS_PER_USER } from "@/lib/validations/import-limits";
import { ApiError } from "../api-error";
import type { DeckDb } from "./deck-db";

/**
 * The per-account quotas (lib/validations/import-limits.ts) on every deck an account owns, however it
 * was made (an import, the API's POST, a copy): one more deck past MAX_DECKS_PER_USER, or cards past
 * MAX_IMPORTED_CARDS_PER_USER across them, is a 422 naming the limit. Run inside the save's transaction.
 */
const ownedBy = (userId: string) => ({ ownerId: userId, retiredAt: null });

/** 422 when the account owns as many decks as it may keep already. */
export async function checkDeckQuota(tx: DeckDb, userId: string): Promise<void> {
  const decks = await tx.deck.count({ where: ownedBy(userId) });
  if (decks >= MAX_DECKS_PER_USER) {
    const message = `You have ${decks} decks, the most one account may keep (${MAX_DECKS_PER_USER}). Delete a deck you no longer need, or add these cards to a deck you have.`;
    throw new ApiError(422, message, [{ path: "", message }]);
  }
}

/**
 * 422 when one deck of `deckCards` cards (`deckId`: the deck saved, null for a new one) is larger than
 * a deck may be, or would pass the account's card quota.
 */
export async function checkCardQuota(tx: DeckDb, userId: string, deckId: string | null, deckCards: number): Promise<void> {
  if (deckCards > MAX_CARDS_PER_DECK) {
    const message = `This deck has ${deckCards} cards; a deck holds at most ${MAX_CARDS_PER_DECK}. Split the notes into several decks.`;
    throw new ApiError(422, message, [{ path: "markdown", message }]);
  }
  const others = await tx.card.count({ where: { retiredAt: null, deck: ownedBy(userId), ...(deckId ? { deckId: { not: deckId } } : {}) } });
  if (others + deckCards > MAX_IMPORTED_CARDS_PER_USER) {
    const message = `Your other decks hold ${others} cards; ${deckCards} more would pass the ${MAX_IMPORTED_CARDS_PER_USER} one account may keep. Keep fewer cards, or ask an admin.`;
    throw new ApiError(422, message, [{ path: "cards", message }]);
  }
}

/** Both quotas, for a new deck of `newCards` cards. */
export async function checkDeckQuotas(tx: DeckDb, userId: string, newCards: number): Promise<void> {
  await checkDeckQuota(tx, userId);
  await checkCardQuota(tx, userId, null, newCards);
}
