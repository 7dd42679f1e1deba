import "server-only";
import { setFrontMatter } from "@/lib/decks/set-front-matter";
import { parseDeckMarkdown, deckSlugOf } from "@/lib/decks/parse-deck-markdown";
import { createAuthoredDeck } from "./create-authored-deck";
import type { DeckDb } from "./deck-db";
import { freeSlug } from "./find-slug-conflict";
import { loadDeckSource } from "./load-deck-source";
import type { SaveDeckResult } from "./save-deck-markdown";

/**
 * "Make an editable copy" of any deck the user can see (built-in included): a private deck of
 * theirs with the same Markdown, titled "… (copy)", under a free slug, so its cards get new ids
 * and the copy's progress starts fresh.
 */
export async function copyDeck(tx: DeckDb, source: { id: string; slug: string; authorSlug: string | null; title: string; sourceText: string }, userId: string, now: Date): Promise<SaveDeckResult> {
  const { markdown } = await loadDeckSource(tx, source);
  const meta = parseDeckMarkdown(markdown, "copy").meta;
  const base = `${deckSlugOf(meta, source.authorSlug ?? source.slug).replace(/^builtin-/, "")}-copy`.slice(0, 60);
  const slug = await freeSlug(tx, userId, base);
  const copied = setFrontMatter(markdown, { id: slug, title: `${meta.title ?? source.title} (copy)` });
  return createAuthoredDeck(tx, userId, { markdown: copied, visibility: "private" }, now);
}
