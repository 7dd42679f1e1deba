import "server-only";
import type { DeckSummary } from "@/lib/decks/deck-summary";
import { classesOfUserWhere } from "../classes/class-shares";
import { db } from "../db";
import { deckClassesForViewer } from "./share-deck";

export type { DeckSummary };


/**
 * Decks a user may study: built-in and public decks, their own, those assigned to a class they
 * belong to, and those shared with a class they belong to or teach (visibility "classes"). Retired
 * decks are hidden. Membership is read on every call: a learner who leaves a class stops seeing at once.
 */
export function visibleDecksWhere(userId: string) {
  return {
    retiredAt: null,
    OR: [
      { visibility: "public" },
      { ownerId: userId },
      { assignments: { some: { class: { members: { some: { userId } } } } } },
      { visibility: "classes", classShares: { some: { class: classesOfUserWhere(userId) } } },
    ],
  };
}

export async function listVisibleDecks(userId: string): Promise<DeckSummary[]> {
  const decks = await db.deck.findMany({
    where: visibleDecksWhere(userId),
    orderBy: [{ origin: "asc" }, { slug: "asc" }],
    select: { id: true, slug: true, title: true, description: true, origin: true, ownerId: true, visibility: true, owner: { select: { name: true, email: true } } },
  });
  const shared = decks.filter((deck) => deck.visibility === "classes");
  const [grouped, classes] = await Promise.all([
    db.card.groupBy({
      by: ["deckId", "kind"],
      where: { deckId: { in: decks.map((deck) => deck.id) }, retiredAt: null },
      _count: { _all: true },
    }),
    deckClassesForViewer(db, shared.map((deck) => deck.id), userId, new Set(shared.filter((deck) => deck.ownerId === userId).map((deck) => deck.id))),
  ]);
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
      classes: (classes.get(deck.id) ?? []).map((shared) => shared.name),
      counts,
      total: Object.values(counts).reduce((sum, count) => sum + count, 0),
    };
  });
}
