import "server-only";
import { needsAtDayStart, newCardsReservedToday, raisedNewCardLimit, type RaisedLimit } from "@/lib/classes/new-card-quota";
import type { QueueLayout } from "@/lib/srs";
import type { LearnerSnapshot } from "./learner-snapshot";

/** Cards of each deck (of this layout) first answered today: the snapshot's cards with a review from new. */
function introducedTodayByDeck(snapshot: LearnerSnapshot, layout: QueueLayout): Map<string, number> {
  const byDeck = new Map<string, number>();
  for (const [cardId, counts] of snapshot.todayByCard) {
    if (counts.fromNew === 0) continue;
    const index = layout.indexOf(cardId);
    if (index === undefined) continue;
    const deckId = layout.deckIds[index] as string;
    byDeck.set(deckId, (byDeck.get(deckId) ?? 0) + 1);
  }
  return byDeck;
}

/**
 * Today's new-card limit and the cards reserved for decks a class must introduce by a due date: the
 * limit is raised by each deck's day-start need beyond the learner's own, and those decks' cards are
 * taken first, so the raise goes to the deck that needed it.
 */
export function assignedNewCardPlan(ownLimit: number, needs: readonly RaisedLimit[], snapshot: LearnerSnapshot, layout: QueueLayout): { limit: number; reserved: Map<string, number> } {
  if (needs.length === 0) return { limit: ownLimit, reserved: new Map() };
  const introducedToday = introducedTodayByDeck(snapshot, layout);
  const dayStartNeeds = needsAtDayStart(needs, introducedToday);
  return { limit: raisedNewCardLimit(ownLimit, dayStartNeeds), reserved: newCardsReservedToday(dayStartNeeds, introducedToday) };
}
