/** The cards a class finds hardest: what the instructor should re-teach. */
import type { AssignedCard, CardStateFact, HardCard, ReviewTally } from "./types";

/** Fewer answers than this across the class say too little about a card to rank it. */
export const MIN_CARD_REVIEWS = 2;

/**
 * Assigned cards ranked by again-rate over the last 30 days across the class, then by lapses (from
 * every member's state), then by reviews. Cards with fewer than MIN_CARD_REVIEWS answers are left out.
 */
export function hardestCards(
  cards: readonly AssignedCard[],
  tallies: readonly ReviewTally[],
  states: readonly CardStateFact[],
  members: ReadonlySet<string>,
  limit = 10,
): HardCard[] {
  const sums = new Map(cards.map((card) => [card.cardId, { reviews: 0, again: 0, lapses: 0 }]));
  for (const tally of tallies) {
    const sum = sums.get(tally.cardId);
    if (!sum || !members.has(tally.userId)) continue;
    sum.reviews += tally.reviews30d;
    sum.again += tally.again30d;
  }
  for (const state of states) {
    const sum = sums.get(state.cardId);
    if (sum && members.has(state.userId)) sum.lapses += state.lapses;
  }
  return cards
    .flatMap((card) => {
      const sum = sums.get(card.cardId);
      if (!sum || sum.reviews < MIN_CARD_REVIEWS) return [];
      return [{ cardId: card.cardId, front: card.front, reviews: sum.reviews, againRate: sum.again / sum.reviews, lapses: sum.lapses }];
    })
    .sort((a, b) => b.againRate - a.againRate || b.lapses - a.lapses || b.reviews - a.reviews || a.cardId.localeCompare(b.cardId))
    .slice(0, limit);
}
