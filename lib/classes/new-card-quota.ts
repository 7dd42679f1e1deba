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
  /** The deck's cards not yet introduced (as given to `newCardsNeeded`). */
  readonly newCards?: number;
}

/** The daily new cards each deck needs; a deck already past due needs all of them today. */
export function newCardsNeeded(deadlines: readonly DeckDeadline[], now: Date): RaisedLimit[] {
  return deadlines.map(({ deckId, newCards, dueAt }) => {
    const daysLeft = Math.max(1, Math.ceil((dueAt.getTime() - now.getTime()) / DAY_MS));
    return { deckId, perDay: newCards <= 0 ? 0 : Math.ceil(newCards / daysLeft), daysLeft, newCards: Math.max(0, newCards) };
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

/**
 * Each assigned deck's need as it stood when the study day began (its cards introduced today added
 * back), so the day's share does not shrink as the learner works through it. `introducedToday`: the
 * deck's cards first answered today.
 */
export function needsAtDayStart(needs: readonly RaisedLimit[], introducedToday: ReadonlyMap<string, number>): RaisedLimit[] {
  return needs.map((need) => {
    const today = introducedToday.get(need.deckId) ?? 0;
    const newCards = (need.newCards ?? need.perDay * need.daysLeft) + today;
    return { ...need, newCards, perDay: newCards <= 0 ? 0 : Math.ceil(newCards / need.daysLeft) };
  });
}

/**
 * New cards each assigned deck must still get today: its day-start share less what it got today,
 * never more than it has left. The queue takes these first, so a raised limit is spent on the deck
 * that needed it, not on whichever deck comes first.
 */
export function newCardsReservedToday(dayStartNeeds: readonly RaisedLimit[], introducedToday: ReadonlyMap<string, number>): Map<string, number> {
  const reserved = new Map<string, number>();
  for (const need of dayStartNeeds) {
    const today = introducedToday.get(need.deckId) ?? 0;
    const left = Math.max(0, (need.newCards ?? Number.POSITIVE_INFINITY) - today);
    const share = Math.min(left, Math.max(0, need.perDay - today));
    if (share > 0) reserved.set(need.deckId, (reserved.get(need.deckId) ?? 0) + share);
  }
  return reserved;
}
