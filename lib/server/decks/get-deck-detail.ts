import "server-only";
import { ApiError } from "../api-error";
import type { DeckDb } from "./deck-db";
import { visibleDecksWhere } from "./list-decks";
import { loadDeckSource } from "./load-deck-source";
import { deckClassesForViewer } from "./share-deck";

/** A deck the user can see with its current Markdown and cards (GET /api/v1/decks/{id}); 404 otherwise. */
export async function getDeckDetail(db: DeckDb, userId: string, deckId: string) {
  const deck = await db.deck.findFirst({ where: { id: deckId, ...visibleDecksWhere(userId) } });
  if (!deck) throw new ApiError(404, `No deck with id "${deckId}" that you can see.`);
  const [source, cards, classes] = await Promise.all([
    loadDeckSource(db, deck),
    db.card.findMany({ where: { deckId, retiredAt: null }, orderBy: { position: "asc" }, select: { id: true, key: true, kind: true, front: true, back: true, sourceLine: true } }),
    deckClassesForViewer(db, [deck.id], userId, new Set(deck.ownerId === userId ? [deck.id] : [])),
  ]);
  return {
    id: deck.id,
    slug: deck.authorSlug ?? deck.slug,
    title: deck.title,
    description: deck.description,
    visibility: deck.visibility,
    origin: deck.origin,
    revision: source.revision,
    owned: deck.ownerId === userId,
    classes: classes.get(deck.id) ?? [],
    markdown: source.markdown,
    cards,
  };
}
