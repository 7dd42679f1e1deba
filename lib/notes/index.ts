/**
 * Kubedeck's notes parser: Markdown (or plain-text) notes → flashcards. Pure: no I/O, no clock, runs
 * in the browser too. The authoring format is documented in content/README.md.
 */
import { applyPins } from "./pins";
import { assignIds, slugify } from "./card-ids";
import { addIssue, junkReason, type ExtractContext } from "./draft";
import { extractDocument } from "./extract-sections";
import { readFrontMatter } from "./front-matter";
import { generateMcqCards } from "./generate-mcq";
import { parseMarkdown, startLine } from "./markdown-tree";
import { prepareText } from "./text-prepass";
import type { DeckMeta, ParseIssue, ParseOptions, ParseResult } from "./types";

export type { Card, CardKind, CardSource, ClozeData, ClozeDeletion, DeckMeta, IssueCode, ParseIssue, ParseOptions, ParseResult } from "./types";
export { generateMcqCards, areSynonyms, type McqOptions } from "./generate-mcq";
export { hashText, normalizeFront, slugify } from "./card-ids";
export { renderCloze, clozeDeletions } from "./extract-cloze";
export { parseMarkdown, sourceOf, startLine } from "./markdown-tree";
export { prepareText } from "./text-prepass";
export { readFrontMatter, FRONT_MATTER_KEYS, DECK_ID_PATTERN } from "./front-matter";
export { readMarkdownDocument, type DocumentSection, type FencedBlock, type MarkdownDocument } from "./document";

/**
 * Deck id used when none is given: the file's base name without extension and without an
 * ordering prefix (`01-why-kubernetes.md` → `why-kubernetes`), so re-ordering decks keeps ids.
 */
export function deckIdFromFile(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  const name = base.replace(/\.[^.]+$/, "");
  return slugify(name.replace(/^\d+[-_. ]+(?=\D)/, ""), 64);
}

export function parseNotes(text: string, options: ParseOptions): ParseResult {
  const cleaned = prepareText(text);
  const root = parseMarkdown(cleaned);
  const issues: ParseIssue[] = [];
  let meta: DeckMeta = {};
  const yamlNode = root.children.find((node) => node.type === "yaml");
  if (yamlNode?.type === "yaml") {
    const read = readFrontMatter(yamlNode.value, options.file, startLine(yamlNode));
    meta = read.meta;
    issues.push(...read.issues);
  }
  const ctx: ExtractContext = {
    text: cleaned,
    file: options.file,
    drafts: [],
    issues,
    hasHeadings: root.children.some((node) => node.type === "heading"),
  };
  extractDocument(root, { topic: [], tags: meta.tags ?? [] }, ctx);
  ctx.drafts = ctx.drafts.filter((draft) => {
    const reason = junkReason(draft);
    if (reason) addIssue(ctx, draft.line, "warning", "empty-card", `"${draft.front.slice(0, 60)}" makes no card: ${reason}`);
    return reason === null;
  });
  applyPins(root, ctx.drafts, ctx);
  const deckId = options.deckId ?? deckIdFromFile(options.file);
  const cards = assignIds(ctx.drafts, deckId, ctx);
  const all = options.generateMcq ? [...cards, ...generateMcqCards(cards, { seed: options.seed ?? deckId })] : cards;
  issues.sort((a, b) => a.line - b.line);
  return { meta, cards: all, issues };
}
