import "server-only";
import type { CardStateRow } from "../study/srs-records";
import { db } from "../db";
import { visibleDecksWhere } from "../decks/list-decks";
import { readCardStates } from "../study/study-sql";

export interface CardForStats {
  readonly id: string;
  /** The card's chapter: its first heading, or the deck's title. */
  readonly topic: string;
  readonly state: CardStateRow | undefined;
}

function firstHeading(topicJson: string): string | null {
  try {
    const topic: unknown = JSON.parse(topicJson);
    return Array.isArray(topic) && typeof topic[0] === "string" && topic[0].trim() !== "" ? topic[0] : null;
  } catch {
    return null;
  }
}

/** Every card the learner can study, with its topic and the learner's state (none for unseen cards). */
export async function loadCardsForStats(userId: string): Promise<CardForStats[]> {
  // Flat queries joined here: Prisma's nested relation reads cost several times more on 500+ cards.
  const decks = await db.deck.findMany({ where: visibleDecksWhere(userId), select: { id: true, title: true } });
  const deckTitles = new Map(decks.map((deck) => [deck.id, deck.title]));
  const cards = await db.card.findMany({ where: { retiredAt: null, deckId: { in: [...deckTitles.keys()] } }, select: { id: true, topic: true, deckId: true } });
  const states = readCardStates(userId); // the direct connection's prepared statement (see ../sqlite.ts)
  const byCard = new Map(states.map((state) => [state.cardId, state]));
  return cards.map((card) => ({ id: card.id, topic: firstHeading(card.topic) ?? deckTitles.get(card.deckId) ?? "Other", state: byCard.get(card.id) }));
}
