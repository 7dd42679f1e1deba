import "server-only";
import type { DeckSummary } from "@/lib/decks/deck-summary";
import { db } from "../db";

export type { DeckSummary };


/**
 * Decks a user may study: built-in and public decks, their own, and those assigned to a class they
 * belong to. Retired decks are hidden.
 */
export function visibleDecksWhere(userId: string) {
  return { retiredAt: null, OR: [{ visibility: "public" }, { ownerId: userId }, { assignments: { some: { class: { members: { some: { userId } } } } } }] };
}

export async function listVisibleDecks(userId: string): Promise<DeckSummary[]> {
  const decks = await db.deck.findMany({
    where: visibleDecksWhere(userId),
    orderBy: [{ origin: "asc" }, { slug: "asc" }],
    select: { id: true, slug: true, title: true, description: true, origin: true, ownerId: true, visibility: true, owner: { select: { name: true, email: true } } },
  });
  const grouped = await db.card.groupBy({
    by: ["deckId", "kind"],
    where: { deckId: { in: decks.map((deck) => deck.id) }, retiredAt: null },
    _count: { _all: true },
  });
  return decks.map((deck) => {
    const counts: Record<string, number> = {};
    for (const row of grouped) if (row.deckId === deck.id) counts[row.kind] = row._count._all;
    return {
      id: deck.id,
      slug: deck.slug,
      title: deck.title,
      description: deck.description,
      origin: deck.origin,
      ownedByMe: deck.ownerId === userId,
      visibility: deck.visibility,
      author: deck.owner && deck.ownerId !== userId ? deck.owner.name || deck.owner.email : null,
      counts,
      total: Object.values(counts).reduce((sum, count) => sum + count, 0),
    };
  });
}
