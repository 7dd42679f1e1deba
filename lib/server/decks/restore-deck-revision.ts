import "server-only";
import type { DeckDb } from "./deck-db";
import { getDeckRevisionOrThrow } from "./list-deck-revisions";
import { saveDeckMarkdown, type SaveDeckResult } from "./save-deck-markdown";

type Deck = Parameters<typeof saveDeckMarkdown>[1];

/**
 * Restores an old revision by saving its Markdown again as the next revision: cards it had come
 * back (with their history), cards added since are retired. History is never rewritten.
 */
export async function restoreDeckRevision(tx: DeckDb, deck: Deck, userId: string, number: number, now: Date): Promise<SaveDeckResult> {
  const old = await getDeckRevisionOrThrow(tx, deck.id, number);
  return saveDeckMarkdown(tx, deck, userId, { markdown: old.markdown, message: `restored revision ${number}` }, now);
}
