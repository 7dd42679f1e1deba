import "server-only";
import { diffRevisions, type RevisionDiff } from "@/lib/decks/diff-revisions";
import type { DeckDb } from "./deck-db";
import { getDeckRevisionOrThrow } from "./list-deck-revisions";

/** The difference between two revisions of a deck (either order). */
export async function diffDeckRevisions(db: DeckDb, deckId: string, from: number, to: number): Promise<RevisionDiff & { from: number; to: number }> {
  const [a, b] = await Promise.all([getDeckRevisionOrThrow(db, deckId, from), getDeckRevisionOrThrow(db, deckId, to)]);
  return { from, to, ...diffRevisions(a, b) };
}
