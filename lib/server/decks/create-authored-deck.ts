import "server-only";
import { randomBytes } from "node:crypto";
import { deckSlugOf, parseDeckMarkdown } from "@/lib/decks/parse-deck-markdown";
import { checkDeckQuota } from "./check-deck-quotas";
import type { DeckDb } from "./deck-db";
import { freeSlug, refuseTakenSlug } from "./find-slug-conflict";
import { refuseDiagnostics, saveDeckMarkdown, type SaveDeckResult } from "./save-deck-markdown";

export interface CreateDeckInput {
  markdown: string;
  /** "classes": the caller writes the deck's classes (share-deck.ts) in the same transaction. */
  visibility: "private" | "public" | "classes";
  dryRun?: boolean;
  /** Copies (and imports) take a free variant of the slug instead of refusing a taken one. */
  slugPolicy?: "refuse-taken" | "take-free";
  origin?: "authored" | "imported";
  /** The slug when the front matter has neither `id:` nor `title:`. */
  fallbackSlug?: string;
}

/**
 * Creates a deck the user owns from Markdown (revision 1). Its slug is the front matter `id:` or a
 * slug of the title; a slug the owner already uses is a 409 naming that deck. The slug is also the
 * key prefix of the deck's card ids, for the deck's whole life. The account's deck quota applies
 * (a dry run makes nothing, so it is not refused); its card quota is checked by the save.
 */
export async function createAuthoredDeck(tx: DeckDb, userId: string, input: CreateDeckInput, now: Date): Promise<SaveDeckResult> {
  const provisional = parseDeckMarkdown(input.markdown, "deck");
  const wanted = deckSlugOf(provisional.meta, input.fallbackSlug ?? "deck");
  let slug = wanted;
  if (input.slugPolicy === "take-free") slug = await freeSlug(tx, userId, wanted);
  else await refuseTakenSlug(tx, userId, wanted);
  const title = provisional.meta.title ?? slug;
  if (input.dryRun) {
    const parsed = parseDeckMarkdown(input.markdown, slug);
    if (parsed.blocking) refuseDiagnostics(parsed.diagnostics);
    return saveDryRunOfNewDeck(slug, title, parsed);
  }
  await checkDeckQuota(tx, userId);
  const deck = await tx.deck.create({
    data: { slug: `deck-${randomBytes(6).toString("hex")}`, authorSlug: slug, title, origin: input.origin ?? "authored", visibility: input.visibility, ownerId: userId },
  });
  return saveDeckMarkdown(tx, deck, userId, { markdown: input.markdown, baseRevision: 0 }, now);
}

function saveDryRunOfNewDeck(slug: string, title: string, parsed: ReturnType<typeof parseDeckMarkdown>): SaveDeckResult {
  return { id: "", slug, title, revision: 1, added: parsed.cards.length, changed: 0, retired: 0, kept: 0, restored: 0, unchanged: false, dryRun: true, issues: parsed.diagnostics };
}
