/**
 * The one way a user-owned deck's Markdown becomes cards: the notes parser (the same as content/
 * and import) with the deck's key prefix, plus the diagnostics an author sees at their lines.
 * A save is refused while any diagnostic is an error; warnings are saved and reported.
 */
import { parseNotes, slugify, type Card, type DeckMeta } from "@/lib/notes";

export interface DeckDiagnostic {
  line: number;
  severity: "error" | "warning";
  message: string;
}

export interface ParsedDeck {
  meta: DeckMeta;
  cards: Card[];
  diagnostics: DeckDiagnostic[];
  /** The first error, when the Markdown cannot be saved as it is. */
  blocking: DeckDiagnostic | null;
}

export function parseDeckMarkdown(markdown: string, keyPrefix: string): ParsedDeck {
  const { meta, cards, issues } = parseNotes(markdown, { file: `${keyPrefix}.md`, deckId: keyPrefix, generateMcq: false });
  const diagnostics: DeckDiagnostic[] = issues.map((issue) => ({ line: issue.line, severity: issue.severity, message: issue.message }));
  if (!meta.title) diagnostics.push({ line: 1, severity: "warning", message: "no title in front matter (---\\ntitle: …\\n---): the deck is named after its id" });
  if (cards.length === 0) {
    diagnostics.push({
      line: 1,
      severity: "error",
      message: "this Markdown makes no cards: write terms with definitions (- **Pod** — …), Q:/A: pairs or headings followed by a paragraph",
    });
  }
  diagnostics.sort((a, b) => a.line - b.line);
  return { meta, cards, diagnostics, blocking: diagnostics.find((item) => item.severity === "error") ?? null };
}

/** A deck's own name from its front matter: `id:`, else a slug of the title, else `fallback`. */
export function deckSlugOf(meta: DeckMeta, fallback: string): string {
  if (meta.id) return meta.id;
  return meta.title ? slugify(meta.title, 64) : fallback;
}

/**
 * The key prefix the cards of an existing deck were made with: the part before ":" that most of
 * their keys share (pinned ids have none). Decks imported before revisions existed keep their ids.
 */
export function keyPrefixOfKeys(keys: readonly string[], fallback: string): string {
  const counts = new Map<string, number>();
  for (const key of keys) {
    const colon = key.indexOf(":");
    if (colon > 0) counts.set(key.slice(0, colon), (counts.get(key.slice(0, colon)) ?? 0) + 1);
  }
  let best = fallback;
  let most = 0;
  for (const [prefix, count] of counts) {
    if (count > most) [best, most] = [prefix, count];
  }
  return best;
}
