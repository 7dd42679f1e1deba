/**
 * Definitions inside ordinary paragraphs: `Term: definition` lines (several per paragraph, wrapped
 * lines joined), a first sentence of the form `A Namespace is a …`, and an emphasised term defined
 * in passing (`… or _Cluster_, is always comprised of …`).
 */
import type { Paragraph } from "mdast";
import { extractCloze, hasCloze } from "./extract-cloze";
import { addIssue, cleanFront, mergeTags, splitTags, type Draft, type ExtractContext, type Scope } from "./draft";
import { isLabel, isPlaceholder, isTermLike, splitDefinition, splitInlineQuestion, splitSentenceDefinition } from "./definition-line";
import { backMarkdown, inlineLine, sourceOf, startLine } from "./markdown-tree";
import { groupLines } from "./paragraph-lines";

// `… _Cluster_, is always comprised of …`, `a *Service*, service is a …` (the term may be repeated).
const EMPHASISED_DEFINITION =
  /(\*\*|__|\*|_)(?!\s)([^*_]{1,40}?)\1,?\s+(?:([\p{L}-]+)\s+)?(?:is|are)\s+(?:always\s+)?(?:a|an|the|comprised|composed|made up)\b/gu;

/** Definitions of an emphasised term made in passing; `whole` keeps the text after the sentence. */
export function emphasisedDefinitions(text: string, whole: boolean): { term: string; back: string }[] {
  const found: { term: string; back: string }[] = [];
  for (const match of text.matchAll(EMPHASISED_DEFINITION)) {
    const term = match[2]?.trim() ?? "";
    const repeated = match[3];
    if (!term || (repeated && repeated.toLowerCase().replace(/s$/, "") !== term.toLowerCase().replace(/s$/, ""))) continue;
    const back = sentenceAround(text, match.index, whole);
    if (back.length > term.length + 8) found.push({ term, back });
  }
  return found;
}

/** The sentence around `index`, bounded by sentence ends (or a lead-in colon) or the parenthesis it sits in. */
function sentenceAround(text: string, index: number, whole: boolean): string {
  const before = text.slice(0, index);
  const open = before.lastIndexOf("(");
  const inParens = open >= 0 && before.indexOf(")", open) < 0;
  const stop = Math.max(before.lastIndexOf(". "), before.lastIndexOf("? "), before.lastIndexOf("! "), before.lastIndexOf(": "));
  const start = inParens && open > stop ? open + 1 : stop >= 0 ? stop + 2 : 0;
  const after = text.slice(index);
  const endParen = inParens ? after.indexOf(")") : -1;
  const endStop = after.search(/[.!?](\s|$)/);
  const ends = [endParen, endStop >= 0 ? endStop + 1 : -1].filter((value) => value >= 0);
  const end = ends.length > 0 && (inParens || !whole) ? index + Math.min(...ends) : text.length;
  return text.slice(start, end).replace(/\.$/, "").trim();
}

export function extractParagraph(paragraph: Paragraph, scope: Scope, ctx: ExtractContext, extraBack = ""): boolean {
  const source = sourceOf(ctx.text, paragraph);
  const line = startLine(paragraph);
  if (hasCloze(source)) {
    extractCloze(inlineLine(source), line, scope, ctx);
    return true;
  }
  if (lineDefinitions(source, line, scope, ctx, extraBack)) return true;
  const { text, tags } = splitTags(inlineLine(source));
  const inline = splitInlineQuestion(text);
  if (inline) {
    ctx.drafts.push({ kind: "qa", front: cleanFront(inline.question), back: backMarkdown(inline.answer), topic: scope.topic, tags: mergeTags(scope.tags, tags), line });
    return true;
  }
  // Separators are read line by line above; across joined lines only a sentence can define.
  const multiLine = source.trim().includes("\n");
  const sentence = multiLine ? splitSentenceDefinition(text) : splitDefinition(text, { allowSentence: true });
  if (sentence && sentence.rest && !sentence.explicit) {
    push(ctx, { front: sentence.term, back: sentence.rest, scope, tags, line });
    return true;
  }
  const found = emphasisedDefinitions(text, false);
  for (const { term, back } of found) push(ctx, { front: term, back, scope, tags, line });
  if (found.length > 0) return true;
  const described = describedSubject(text);
  if (described) push(ctx, { front: described.term, back: described.back, scope, tags, line });
  return described !== null;
}

const DESCRIBING =
  /^(?:The|Each|Every)\s+((?:[\p{L}\d-]+\s+){0,2}[\p{L}\d-]+)\s+(?:itself\s+)?((?:runs|has|contains|manages|stores|holds|provides|handles|includes|consists of|watches|exposes)\s.+)$/su;

/**
 * A paragraph of several sentences that describes one thing: "The master node itself runs … It has
 * an API server …" → master node. Only a short subject with a describing verb, so ordinary prose
 * ("The container keeps exiting") stays prose.
 */
function describedSubject(text: string): { term: string; back: string } | null {
  if ((text.match(/[.!?](\s|$)/g) ?? []).length < 2) return null;
  const match = DESCRIBING.exec(text);
  if (!match?.[1] || !match[2] || !isTermLike(match[1], 3)) return null;
  return { term: match[1].replace(/\s+itself$/u, ""), back: match[2] };
}

/** Lines of the paragraph that start with `Term: …`; lines that do not continue the one above. */
function lineDefinitions(source: string, line: number, scope: Scope, ctx: ExtractContext, extraBack: string): boolean {
  const lines = source.split("\n");
  const groups = groupLines(source).map((group) => ({ ...group, line: line + group.offset }));
  let first = groups[0];
  if (!first) return false;
  if (first.line !== line) {
    // `Docker vs Kubernetes:` over `Docker = …` lines: the first line labels the definitions below it.
    const label = cleanFront(splitTags(inlineLine(lines[0] ?? "")).text);
    const shortLabel = isTermLike(label, 4) && !/[.!?]$/.test(label);
    if (first.line !== line + 1 || (groups.length < 2 && !shortLabel) || !isLabel(label + ":")) return false;
    scope = { topic: [...scope.topic, label], tags: scope.tags };
  } else if (groups.length >= 3 && first.parts.join("").trim() === "" && first.term && isLabel(`${first.term}:`)) {
    groups.shift();
    scope = { topic: [...scope.topic, cleanFront(first.term)], tags: scope.tags };
    first = groups[0];
  }
  const last = groups[groups.length - 1];
  if (last && extraBack) last.parts.push(`\n\n${extraBack}`);
  for (const group of groups) {
    const back = group.parts.join(" ").replace(/ \n\n/g, "\n\n").trim();
    if (isPlaceholder(back)) {
      addIssue(ctx, group.line, "warning", "empty-card", `empty definition for "${cleanFront(group.term)}": no card made`);
      continue;
    }
    push(ctx, { front: group.term, back, scope, tags: group.tags, line: group.line });
  }
  return true;
}

function push(ctx: ExtractContext, card: { front: string; back: string; scope: Scope; tags: string[]; line: number }): Draft {
  const draft: Draft = {
    kind: "basic",
    front: cleanFront(card.front),
    back: backMarkdown(card.back),
    topic: card.scope.topic,
    tags: mergeTags(card.scope.tags, card.tags),
    line: card.line,
  };
  ctx.drafts.push(draft);
  return draft;
}

/**
 * Whether the paragraph makes cards of its own: its first line is a `Term: …` definition, or its
 * lines hold two definitions or more (one per line).
 */
export function startsWithDefinition(paragraph: Paragraph, ctx: ExtractContext): boolean {
  const source = sourceOf(ctx.text, paragraph);
  const firstLine = source.split("\n")[0] ?? "";
  if (splitDefinition(splitTags(inlineLine(firstLine)).text) !== null) return true;
  if (!source.includes("\n")) return false;
  const groups = groupLines(source);
  return groups.length >= 2 || (groups[0]?.offset === 0 && groups[0].form === "term-line");
}
