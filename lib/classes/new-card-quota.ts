/** How many new cards a day a learner must see to introduce a whole assigned deck by its due date. */

const DAY_MS = 86_400_000;

export interface DeckDeadline {
  readonly deckId: string;
  /** The deck's cards the learner has not seen yet. */
  readonly newCards: number;
  readonly dueAt: Date;
}

export interface RaisedLimit {
  readonly deckId: string;
  /** New cards a day this deck needs from today on (rounded up); 0 once none is left. */
  readonly perDay: number;
  /** Study days left, today included. */
  readonly daysLeft: number;
}

/** The daily new cards each deck needs; a deck already past due needs all of them today. */
export function newCardsNeeded(deadlines: readonly DeckDeadline[], now: Date): RaisedLimit[] {
  return deadlines.map(({ deckId, newCards, dueAt }) => {
    const daysLeft = Math.max(1, Math.ceil((dueAt.getTime() - now.getTime()) / DAY_MS));
    return { deckId, perDay: newCards <= 0 ? 0 : Math.ceil(newCards / daysLeft), daysLeft };
  });
}

/**
 * The learner's daily new-card limit with the assigned decks' needs added: each deck that needs more
 * than the learner's own limit raises it by the difference, so the deck's cards fit in alongside the
 * learner's usual new cards.
 */
export function raisedNewCardLimit(ownLimit: number, needs: readonly RaisedLimit[]): number {
  return needs.reduce((limit, need) => limit + Math.max(0, need.perDay - ownLimit), ownLimit);
}
