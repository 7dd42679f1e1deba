/**
 * Walks a run of sibling blocks (a section's body, a blockquote) and hands each construct to its
 * extractor: quiz blocks, `<details>`, tables, lists, Q:/A: pairs, questions followed by their
 * answer, lead-ins followed by a list, and paragraphs holding definitions.
 */
import type { List, Paragraph, RootContent } from "mdast";
import { addIssue, cleanFront, isGenericLabel, mergeTags, splitTags, type Draft, type ExtractContext, type Scope } from "./draft";
import { hasCloze } from "./extract-cloze";
import { allDefinitions, extractList, isShortParallel, listHasCards, listHasDefinitions, makeListCard } from "./extract-list";
import { extractParagraph, startsWithDefinition } from "./extract-paragraph";
import { extractQuiz, isQuizBlock } from "./extract-quiz";
import { extractDetails, extractTable, isDetailsStart } from "./extract-special";
import { containsTerm, isLabel, isPlaceholder, isQuestionLike, isTermLike, sameTerm, splitSentenceDefinition } from "./definition-line";
import { backMarkdown, inlineLine, sourceOf, sourceOfRange, startLine } from "./markdown-tree";
import { extractQa, isQaStart, isQuestionParagraph, paragraphText, questionOverAnswer } from "./extract-questions";

const PIN = /^<!--\s*id\s*:/i;

// A lead-in is one short sentence ending in ? or : (not the end of a paragraph of prose).
const isLeadIn = (text: string): boolean => /[?:]$/.test(text) && !/[.!?]\s/.test(text) && text.split(/\s+/).length <= 15;

/** Whether block `index` begins a card of its own (and so ends the prose answering a heading above). */
export function startsCard(blocks: readonly RootContent[], index: number, ctx: ExtractContext): boolean {
  const node = blocks[index];
  const next = blocks[index + 1];
  if (!node) return false;
  switch (node.type) {
    case "code":
      return isQuizBlock(node);
    case "html":
      return PIN.test(node.value.trim()) || isDetailsStart(node);
    case "table":
      return true;
    case "list":
      return listHasDefinitions(node, ctx);
    case "paragraph": {
      const text = paragraphText(node, ctx);
      if (isQaStart(blocks, index, ctx) || hasCloze(text) || isQuestionParagraph(node, ctx) || questionOverAnswer(node, ctx)) return true;
      if (next?.type === "list" && isLabel(text)) {
        return !isGenericLabel(text) || listHasCards(next, ctx);
      }
      if (text.endsWith(":") && isTermLike(text.slice(0, -1), 5) && !isGenericLabel(text) && (next?.type === "paragraph" || next?.type === "code")) return true;
      return startsWithDefinition(node, ctx);
    }
    default:
      return false;
  }
}

/**
 * A paragraph opening with a statement that defines another term than the section's (`owner`):
 * under `## Ingress`, "CoreDNS is the cluster's DNS server …" is a card of its own, not Ingress prose.
 */
function definesAnotherTerm(node: RootContent | undefined, owner: string, ctx: ExtractContext): boolean {
  if (node?.type !== "paragraph") return false;
  const firstLine = splitTags(inlineLine(sourceOf(ctx.text, node).split("\n")[0] ?? "")).text;
  const statement = splitSentenceDefinition(firstLine);
  return statement !== null && !sameTerm(statement.term, owner) && !containsTerm(statement.term, owner);
}

export interface ProseOptions {
  /** The first block, if a list, is prose (a question's answer). */
  firstList?: boolean;
  /** Title of the (non-question) heading whose prose this is. */
  owner?: string;
  /** The answer was already given (an `A:` line): what follows only continues it. */
  answered?: boolean;
}

/** `Run the undo command:` over a code block, first under a heading: the prose introduces its answer. */
function introducesCode(blocks: readonly RootContent[], at: number, ctx: ExtractContext): boolean {
  const node = blocks[at];
  return node?.type === "paragraph" && blocks[at + 1]?.type === "code" && paragraphText(node, ctx).endsWith(":");
}

/** Index of the first block from `from` that starts a card. */
export function collectProse(blocks: readonly RootContent[], from: number, ctx: ExtractContext, options: ProseOptions = {}): number {
  const { firstList = false, owner, answered = false } = options;
  let index = from;
  if (firstList && blocks[index]?.type === "list") index++;
  if (owner !== undefined && index === from && introducesCode(blocks, index, ctx)) index += 2;
  // An answer ends at a paragraph that defines something (after its first block, unless it was
  // already given); a section's prose at one that defines another term than the section's.
  const endsProse = (at: number): boolean =>
    owner === undefined ? (answered || at > from) && definesAnotherTerm(blocks[at], "", ctx) : definesAnotherTerm(blocks[at], owner, ctx);
  while (index < blocks.length && !startsCard(blocks, index, ctx) && !endsProse(index)) index++;
  return index;
}

/** Answer blocks → a list card (one short list) or a qa/basic card; nothing when the answer is empty. */
export function pushAnswer(
  kind: "qa" | "basic",
  front: string,
  answer: readonly RootContent[],
  line: number,
  scope: Scope,
  ctx: ExtractContext,
  tags: string[] = [],
): Draft | null {
  const content = answer.filter((node) => !(node.type === "html" && /^<!--/.test(node.value.trim())));
  const only = content.length === 1 ? content[0] : undefined;
  // The one kind rule (content/README.md, "Which kind"): an answer that is only a short list makes a
  // list card, whatever introduces it (a question, a lead-in, a heading, a term).
  if (only?.type === "list" && isShortParallel(only, ctx)) return makeListCard(front, only, line, scope, ctx, tags);
  const back = sourceOfRange(ctx.text, content);
  // Images, links and HTML (`<a href><img></a>`) are no answer; nor are code blocks without prose
  // introducing them (a transcript, a manifest on its own).
  const prose = content.filter((node) => node.type !== "code" && node.type !== "html");
  const withoutMedia = sourceOfRange(ctx.text, prose).replace(/!?\[[^\]]*\]\([^)]*\)/g, "").replace(/<?https?:\/\/\S+>?/g, "").replace(/<[^>]*>/g, "");
  if (isPlaceholder(back) || isPlaceholder(withoutMedia)) {
    if (content.length > 0) addIssue(ctx, line, "warning", "empty-card", `"${cleanFront(front)}" has no answer text: no card made`);
    return null;
  }
  const draft: Draft = { kind, front: cleanFront(front), back: backMarkdown(back), topic: scope.topic, tags: mergeTags(scope.tags, tags), line };
  ctx.drafts.push(draft);
  return draft;
}

function extractLeadIn(text: string, tags: string[], list: List, line: number, scope: Scope, ctx: ExtractContext): void {
  const label = cleanFront(text);
  if (text.endsWith(":") && allDefinitions(list, ctx)) {
    // "Storage:" over `PersistentVolume: …` items: a group of definitions, not a list to recite.
    extractList(list, { topic: [...scope.topic, label], tags: mergeTags(scope.tags, tags) }, ctx);
  } else if (isLeadIn(text) && isShortParallel(list, ctx)) {
    makeListCard(text, list, line, scope, ctx, tags);
  } else if (listHasCards(list, ctx)) {
    extractList(list, isTermLike(label) ? { topic: [...scope.topic, label], tags: mergeTags(scope.tags, tags) } : scope, ctx);
  } else if (isQuestionLike(text)) {
    pushAnswer("qa", text, [list], line, scope, ctx, tags);
  } else if (!isGenericLabel(label)) {
    pushAnswer("basic", label, [list], line, scope, ctx, tags);
  }
}

export function extractBlocks(blocks: readonly RootContent[], scope: Scope, ctx: ExtractContext): void {
  let index = 0;
  while (index < blocks.length) {
    const node = blocks[index];
    index++;
    if (!node) continue;
    if (node.type === "code" && isQuizBlock(node)) extractQuiz(node, scope, ctx);
    else if (node.type === "html" && isDetailsStart(node)) index += extractDetails(blocks, index - 1, scope, ctx) - 1;
    else if (node.type === "table") extractTable(node, scope, ctx);
    else if (node.type === "blockquote") extractBlocks(node.children, scope, ctx);
    else if (node.type === "list") extractList(node, scope, ctx);
    else if (node.type === "paragraph") index = extractFromParagraph(blocks, index - 1, scope, ctx);
  }
}

/**
 * The paragraph's last line when it introduces the list after it (`The key features are:`), with the
 * lines before it as a paragraph of their own.
 */
function lastLineLeadIn(node: Paragraph, ctx: ExtractContext): { text: string; tags: string[]; line: number; before?: Paragraph } | null {
  const source = sourceOf(ctx.text, node).replace(/\s+$/, "");
  const cut = source.lastIndexOf("\n");
  const { text, tags } = splitTags(inlineLine(source.slice(cut + 1)));
  if (!isLabel(text) && !isQuestionLike(text)) return null;
  const start = node.position?.start;
  if (cut < 0 || !start || start.offset === undefined) return { text, tags, line: startLine(node) };
  const lines = source.slice(0, cut).split("\n").length;
  const end = { line: start.line + lines - 1, column: 1, offset: start.offset + cut };
  return { text, tags, line: start.line + lines, before: { type: "paragraph", children: [], position: { start, end } } };
}

/** A paragraph and what it introduces; returns the index of the next block to look at. */
function extractFromParagraph(blocks: readonly RootContent[], index: number, scope: Scope, ctx: ExtractContext): number {
  const node = blocks[index];
  const next = blocks[index + 1];
  if (node?.type !== "paragraph") return index + 1;
  const { text, tags } = splitTags(inlineLine(sourceOf(ctx.text, node)));
  const line = startLine(node);
  if (isQaStart(blocks, index, ctx)) return extractQa(blocks, index, scope, ctx);
  if (hasCloze(text)) {
    extractParagraph(node, scope, ctx);
    return index + 1;
  }
  const questionLine = questionOverAnswer(node, ctx);
  if (questionLine) {
    const end = collectProse(blocks, index + 1, ctx, { answered: true });
    pushAnswer("qa", questionLine.question, [questionLine.answer, ...blocks.slice(index + 1, end)], line, scope, ctx, questionLine.tags);
    return end;
  }
  if (isQuestionParagraph(node, ctx)) {
    const end = collectProse(blocks, index + 1, ctx, { firstList: true });
    if (end > index + 1) pushAnswer("qa", text, blocks.slice(index + 1, end), line, scope, ctx, tags);
    return end;
  }
  if (next?.type === "list") {
    const lead = lastLineLeadIn(node, ctx);
    if (lead) {
      if (lead.before) extractParagraph(lead.before, scope, ctx);
      extractLeadIn(lead.text, lead.tags, next, lead.line, scope, ctx);
      return index + 2;
    }
  }
  const termColon = text.endsWith(":") && isTermLike(text.slice(0, -1), 5);
  // (not `Bkz: resmi belgeler`, a label and its value on one line)
  const termLine = !ctx.hasHeadings && isTermLike(text, 5) && !/:\s/.test(text);
  if ((termColon || termLine) && !isGenericLabel(text) && (next?.type === "paragraph" || next?.type === "code")) {
    // `Pod:` on its own line, or (in plain-text notes) a short line: the heading of the prose below it.
    const end = collectProse(blocks, index + 1, ctx);
    if (end > index + 1 && pushAnswer("basic", text, blocks.slice(index + 1, end), line, scope, ctx, tags)) return end;
  }
  const followingList = next?.type === "list" && !listHasCards(next, ctx) && startsWithDefinition(node, ctx);
  extractParagraph(node, scope, ctx, followingList && next ? sourceOf(ctx.text, next) : "");
  return followingList ? index + 2 : index + 1;
}
