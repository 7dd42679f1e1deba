import "server-only";
import { createHash } from "node:crypto";
import { parseDeckMarkdown, type DeckDiagnostic } from "@/lib/decks/parse-deck-markdown";
import { summariseCardChanges, type CardChangeSummary } from "@/lib/decks/summarise-card-changes";
import { ApiError } from "../api-error";
import { checkCardQuota } from "./check-deck-quotas";
import type { DeckDb } from "./deck-db";
import { refuseTakenSlug } from "./find-slug-conflict";
import { loadDeckSource } from "./load-deck-source";
import { syncDeckCards } from "./sync-deck-cards";

export interface SaveDeckInput {
  markdown: string;
  /** The revision the change was made on; a different current revision is a 409. */
  baseRevision?: number;
  /** Why this revision exists beyond an edit, e.g. "restored revision 2". */
  message?: string;
  /** Count what would change without writing anything. */
  dryRun?: boolean;
}

export interface SaveDeckResult extends CardChangeSummary {
  id: string;
  slug: string;
  title: string;
  revision: number;
  /** True when the Markdown equals the current revision: nothing was written. */
  unchanged: boolean;
  dryRun: boolean;
  issues: DeckDiagnostic[];
}

interface SaveableDeck {
  id: string;
  slug: string;
  ownerId: string | null;
  authorSlug: string | null;
  title: string;
  sourceText: string;
}

/** 422 at the first error line; the whole list travels in `issues`. */
export function refuseDiagnostics(diagnostics: readonly DeckDiagnostic[]): never {
  const errors = diagnostics.filter((item) => item.severity === "error");
  const first = errors[0];
  throw new ApiError(
    422,
    `The Markdown cannot be saved: line ${first?.line ?? 1}: ${first?.message ?? "invalid"}`,
    errors.map((item) => ({ path: "markdown", line: item.line, message: item.message })),
  );
}

/**
 * Saves a user-owned deck's Markdown as its next revision: parses it with the deck's key prefix,
 * syncs the cards by stable id (progress kept, removed cards retired, returning cards restored),
 * and updates the deck's title, description, topics and tags from the front matter. Run it inside
 * a transaction. A deck saved before revisions existed first gets its old Markdown as revision 1.
 */
export async function saveDeckMarkdown(tx: DeckDb, deck: SaveableDeck, userId: string, input: SaveDeckInput, now: Date): Promise<SaveDeckResult> {
  const source = await loadDeckSource(tx, deck);
  if (input.baseRevision !== undefined && input.baseRevision !== source.revision) {
    throw new ApiError(
      409,
      `Revision ${source.revision} of "${deck.title}" is current, but this change was made on revision ${input.baseRevision}. Load revision ${source.revision}, apply your change to it and save again (baseRevision ${source.revision}).`,
      [{ path: "baseRevision", message: `revision ${source.revision} is current` }],
    );
  }
  const parsed = parseDeckMarkdown(input.markdown, source.keyPrefix);
  if (parsed.blocking) refuseDiagnostics(parsed.diagnostics);
  const slug = parsed.meta.id ?? deck.authorSlug ?? deck.slug;
  if (deck.ownerId && slug !== deck.authorSlug) await refuseTakenSlug(tx, deck.ownerId, slug, deck.id);
  const title = parsed.meta.title ?? deck.title;

  const existing = await tx.card.findMany({
    where: { deckId: deck.id },
    select: { key: true, kind: true, front: true, back: true, data: true, topic: true, tags: true, retiredAt: true },
  });
  const summary = summariseCardChanges(existing, parsed.cards);
  const base = { id: deck.id, slug, title, issues: parsed.diagnostics };
  if (source.revision > 0 && input.markdown === source.markdown) {
    const kept = existing.filter((row) => !row.retiredAt).length;
    return { ...base, revision: source.revision, added: 0, changed: 0, retired: 0, kept, restored: 0, unchanged: true, dryRun: input.dryRun ?? false };
  }
  const revision = Math.max(source.revision, deck.sourceText && source.revision === 0 ? 1 : 0) + 1;
  if (input.dryRun) return { ...base, revision, ...summary, unchanged: false, dryRun: true };

  if (source.revision === 0 && deck.sourceText) {
    await tx.deckRevision.create({ data: { deckId: deck.id, number: 1, markdown: deck.sourceText, keyPrefix: source.keyPrefix, message: "the deck as it was first saved" } });
  }
  if (deck.ownerId) await checkCardQuota(tx, deck.ownerId, deck.id, parsed.cards.length);
  await syncDeckCards(tx, deck.id, parsed.cards, now);
  const { added, changed, retired, kept } = summary;
  await tx.deckRevision.create({
    data: { deckId: deck.id, number: revision, markdown: input.markdown, keyPrefix: source.keyPrefix, authorId: userId, message: input.message ?? "", added, changed, retired, kept },
  });
  await tx.deck.update({
    where: { id: deck.id },
    data: {
      title,
      description: parsed.meta.description ?? "",
      topics: JSON.stringify(parsed.meta.topics ?? []),
      tags: JSON.stringify(parsed.meta.tags ?? []),
      sourceText: input.markdown,
      sourceHash: createHash("sha256").update(input.markdown).digest("hex"),
      authorSlug: deck.ownerId ? slug : deck.authorSlug,
    },
  });
  return { ...base, revision, ...summary, unchanged: false, dryRun: false };
}
