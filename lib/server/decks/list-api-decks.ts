import "server-only";
import type { SharedClass } from "../classes/class-shares";
import type { DeckDb } from "./deck-db";
import { visibleDecksWhere } from "./list-decks";
import { deckClassesForViewer } from "./share-deck";

export interface ApiDeckSummary {
  id: string;
  slug: string;
  title: string;
  origin: string;
  visibility: string;
  cards: number;
  revision: number;
  owned: boolean;
  author: string | null;
  classes: SharedClass[];
}

/** The decks a user can see, as GET /api/v1/decks lists them (the caller's own ones first). */
export async function listApiDecks(db: DeckDb, userId: string): Promise<ApiDeckSummary[]> {
  const decks = await db.deck.findMany({
    where: visibleDecksWhere(userId),
    orderBy: [{ origin: "asc" }, { title: "asc" }],
    select: { id: true, slug: true, authorSlug: true, title: true, origin: true, visibility: true, ownerId: true, owner: { select: { name: true, email: true } } },
  });
  const ids = decks.map((deck) => deck.id);
  const [cards, revisions, classes] = await Promise.all([
    db.card.groupBy({ by: ["deckId"], where: { deckId: { in: ids }, retiredAt: null }, _count: { _all: true } }),
    db.deckRevision.groupBy({ by: ["deckId"], where: { deckId: { in: ids } }, _max: { number: true } }),
    deckClassesForViewer(db, decks.filter((deck) => deck.visibility === "classes").map((deck) => deck.id), userId, new Set(decks.filter((deck) => deck.ownerId === userId).map((deck) => deck.id))),
  ]);
  const cardCount = new Map(cards.map((row) => [row.deckId, row._count._all]));
  const revision = new Map(revisions.map((row) => [row.deckId, row._max.number ?? 0]));
  return decks
    .map((deck) => ({
      id: deck.id,
      slug: deck.authorSlug ?? deck.slug,
      title: deck.title,
      origin: deck.origin,
      visibility: deck.visibility,
      cards: cardCount.get(deck.id) ?? 0,
      revision: revision.get(deck.id) ?? 0,
      owned: deck.ownerId === userId,
      author: deck.owner ? deck.owner.name || deck.owner.email : null,
      classes: classes.get(deck.id) ?? [],
    }))
    .sort((a, b) => Number(b.owned) - Number(a.owned));
}
