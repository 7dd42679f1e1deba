import "server-only";
import { keyPrefixOfKeys } from "@/lib/decks/parse-deck-markdown";
import type { DeckDb } from "./deck-db";

export interface DeckSource {
  /** The latest revision's number; 0 for a deck saved before revisions existed (or built-in). */
  revision: number;
  markdown: string;
  keyPrefix: string;
}

/** A deck's current Markdown and the key prefix its cards' ids were made with. */
export async function loadDeckSource(db: DeckDb, deck: { id: string; slug: string; authorSlug: string | null; sourceText: string }): Promise<DeckSource> {
  const latest = await db.deckRevision.findFirst({ where: { deckId: deck.id }, orderBy: { number: "desc" } });
  if (latest) return { revision: latest.number, markdown: latest.markdown, keyPrefix: latest.keyPrefix };
  const keys = await db.card.findMany({ where: { deckId: deck.id }, select: { key: true }, take: 500 });
  return { revision: 0, markdown: deck.sourceText, keyPrefix: keyPrefixOfKeys(keys.map((row) => row.key), deck.authorSlug ?? deck.slug) };
}
