import "server-only";
import type { CardStateRow } from "../study/srs-records";
import { db } from "../db";
import { visibleDecksWhere } from "../decks/list-decks";
import { isPostgresUrl } from "../database-url";
import { readCardStates } from "../study/study-sql";
import { readCardStatesPg } from "../study/study-sql-postgres";

export interface CardForStats {
  readonly id: string;
  /**
   * What the card counts toward on the mastery chart: its deck's title. (Its first note heading was
   * used where it had one, which put deck names and headings side by side on one axis.)
   */
  readonly topic: string;
  readonly state: CardStateRow | undefined;
}

/** Every card the learner can study, with its topic and the learner's state (none for unseen cards). */
export async function loadCardsForStats(userId: string): Promise<CardForStats[]> {
  // Flat queries joined here: Prisma's nested relation reads cost several times more on 500+ cards.
  const decks = await db.deck.findMany({ where: visibleDecksWhere(userId), select: { id: true, title: true } });
  const deckTitles = new Map(decks.map((deck) => [deck.id, deck.title]));
  const cards = await db.card.findMany({ where: { retiredAt: null, deckId: { in: [...deckTitles.keys()] } }, select: { id: true, deckId: true } });
  // The direct connection's prepared statement (../sqlite.ts; ../postgres.ts on PostgreSQL).
  const states = isPostgresUrl() ? await readCardStatesPg(userId) : readCardStates(userId);
  const byCard = new Map(states.map((state) => [state.cardId, state]));
  return cards.map((card) => ({ id: card.id, topic: deckTitles.get(card.deckId) ?? "Other", state: byCard.get(card.id) }));
}
