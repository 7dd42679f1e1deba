/**
 * Bullet lists: definition items (`- **Pod** - …`, `- Pod: …` with nested bullets as part of the
 * back), group labels whose sub-items are definitions (they extend the topic path), question
 * bullets, and short lists introduced by a lead-in (list cards).
 */
import type { List, ListItem, Paragraph, RootContent } from "mdast";
import { hasCloze, extractCloze } from "./extract-cloze";
import { emphasisedDefinitions } from "./extract-paragraph";
import { addIssue, cleanFront, isGenericLabel, mergeTags, splitTags, type Draft, type ExtractContext, type Scope } from "./draft";
import { isLabel, isPlaceholder, isTermLike, sameTerm, splitDefinition, splitInlineQuestion, type DefinitionLine } from "./definition-line";
import { backMarkdown, inlineLine, sourceOf, sourceOfRange, startLine } from "./markdown-tree";

interface ItemParts {
  head: Paragraph | null;
  /** Inline Markdown of the first paragraph, wrapped lines joined, tags removed. */
  text: string;
  tags: string[];
  rest: RootContent[];
  line: number;
}

export function itemParts(item: ListItem, ctx: ExtractContext): ItemParts {
  const [first, ...others] = item.children;
  const head = first?.type === "paragraph" ? first : null;
  const { text, tags } = splitTags(head ? inlineLine(sourceOf(ctx.text, head)) : "");
  return { head, text, tags, rest: head ? others : item.children, line: startLine(item) };
}

const childLists = (parts: ItemParts): List[] => parts.rest.filter((node): node is List => node.type === "list");

/**
 * The item's definition, if it is one. Under another definition (`nested`), comma appositions are
 * not read, and a sentence that defines the parent's own term again (`Pod is just an abstraction …`
 * under `**Pod**`) is part of the parent's back, not a card of its own.
 */
function itemDefinition(parts: ItemParts, nested: boolean, parent?: string): DefinitionLine | null {
  if (!parts.text || hasCloze(parts.text)) return null;
  const definition = splitDefinition(parts.text, { allowComma: !nested, allowSentence: true });
  if (!definition) return null;
  if (nested && !definition.explicit && parts.text.endsWith("?")) return null;
  if (nested && definition.sentence && (parent === undefined || sameTerm(definition.term, parent))) return null;
  return definition;
}



/** 2–8 short items without sub-items: the shape of "What features …? → HA, scalability, DR". */
export function isShortParallel(list: List, ctx: ExtractContext): boolean {
  const items = list.children.map((item) => itemParts(item, ctx));
  if (items.length < 2 || items.length > 8) return false;
  return items.every(
    (parts) => parts.rest.length === 0 && parts.text.length > 0 && parts.text.length <= 80 && parts.text.split(/\s+/).length <= 12,
  );
}

/** Every item is a `Term: definition` (or `**Term** - …`) with a definition. */
export function allDefinitions(list: List, ctx: ExtractContext): boolean {
  return list.children.every((item) => {
    const parts = itemParts(item, ctx);
    const definition = itemDefinition(parts, true);
    return definition !== null && (definition.rest !== "" || parts.rest.length > 0);
  });
}

/** Whether the list is made of definitions, even empty ones (so it is not the prose of a heading). */
export function listHasDefinitions(list: List, ctx: ExtractContext): boolean {
  return listHasCards(list, ctx) || list.children.some((item) => itemDefinition(itemParts(item, ctx), false)?.explicit === true);
}

/** Whether the list makes cards on its own (so it is not just the body of a heading above it). */
export function listHasCards(list: List, ctx: ExtractContext, nested = false): boolean {
  if (isListOfDescribedTerms(list, ctx)) return true;
  return list.children.some((item) => {
    const parts = itemParts(item, ctx);
    if (hasCloze(parts.text)) return true;
    const definition = itemDefinition(parts, nested);
    if (definition) return definition.rest !== "" || parts.rest.length > 0;
    if (parts.text.endsWith("?") && parts.rest.length > 0) return true;
    return childLists(parts).some((child) => listHasCards(child, ctx, nested));
  });
}

/**
 * `- Delete` over `  - removes the volume …`: a short name whose only sub-list describes it. A list
 * made only of such items (two or more) is a list of definitions (issue 17, item 7).
 */
function describedTerm(parts: ItemParts, ctx: ExtractContext): List | null {
  const only = parts.rest.length === 1 ? parts.rest[0] : undefined;
  if (only?.type !== "list" || only.children.length > 3 || /[?:]$/.test(parts.text) || !isTermLike(parts.text, 4)) return null;
  if (only.children.some((child) => child.children.length !== 1 || child.children[0]?.type !== "paragraph")) return null;
  return listHasCards(only, ctx, true) ? null : only;
}

export function isListOfDescribedTerms(list: List, ctx: ExtractContext): boolean {
  return list.children.length >= 2 && list.children.every((item) => describedTerm(itemParts(item, ctx), ctx) !== null);
}

export function makeListCard(front: string, list: List, line: number, scope: Scope, ctx: ExtractContext, tags: string[] = []): Draft {
  const items = list.children.map((item) => itemParts(item, ctx).text);
  const draft: Draft = {
    kind: "list",
    front: cleanFront(front),
    back: items.map((item) => `- ${item}`).join("\n"),
    topic: scope.topic,
    tags: mergeTags(scope.tags, tags),
    line,
    items,
  };
  ctx.drafts.push(draft);
  // An explicitly marked term inside the list still deserves its own card.
  for (const item of list.children) {
    const parts = itemParts(item, ctx);
    const definition = itemDefinition(parts, true);
    if (definition?.explicit && definition.rest) pushBasic(definition.term, definition.rest, parts, scope, ctx, draft);
  }
  return draft;
}

function pushBasic(front: string, back: string, parts: ItemParts, scope: Scope, ctx: ExtractContext, noteOf?: Draft): Draft {
  const draft: Draft = {
    kind: "basic",
    front: cleanFront(front),
    back: backMarkdown(back),
    topic: scope.topic,
    tags: mergeTags(scope.tags, parts.tags),
    line: parts.line,
    ...(noteOf ? { noteOf } : {}),
  };
  ctx.drafts.push(draft);
  return draft;
}

function extractItem(item: ListItem, scope: Scope, ctx: ExtractContext, nested: boolean, noteOf?: Draft): void {
  const parts = itemParts(item, ctx);
  const restSource = sourceOfRange(ctx.text, parts.rest);
  if (hasCloze(parts.text)) return extractCloze(parts.text, parts.line, scope, ctx);
  const definition = itemDefinition(parts, nested, scope.topic[scope.topic.length - 1]);
  if (definition) {
    const back = [definition.rest, restSource].filter((part) => part.trim() !== "").join("\n\n");
    if (isPlaceholder(back)) {
      addIssue(ctx, parts.line, "warning", "empty-card", `empty definition for "${cleanFront(definition.term)}": no card made`);
      return;
    }
    const draft = pushBasic(definition.term, back, parts, scope, ctx, noteOf);
    const inner: Scope = { topic: [...scope.topic, cleanFront(definition.term)], tags: scope.tags };
    for (const child of childLists(parts)) extractList(child, inner, ctx, true, noteOf ?? draft);
    return;
  }
  const inline = splitInlineQuestion(parts.text);
  if (inline && parts.rest.length === 0) {
    pushQa({ ...parts, text: inline.question }, inline.answer, scope, ctx);
    return;
  }
  for (const found of nested ? [] : emphasisedDefinitions(parts.text, true)) {
    pushBasic(found.term, found.back, parts, scope, ctx, noteOf);
  }
  const lists = childLists(parts);
  if (parts.text.endsWith("?") && parts.rest.length > 0 && !isPlaceholder(parts.text)) {
    const only = lists.length === 1 && parts.rest.length === 1 ? lists[0] : undefined;
    if (only && isShortParallel(only, ctx)) makeListCard(parts.text, only, parts.line, scope, ctx, parts.tags);
    else if (!isPlaceholder(restSource)) pushQa(parts, restSource, scope, ctx);
    return;
  }
  if (lists.length === 0) return;
  const label = cleanFront(parts.text);
  const first = lists[0];
  if (isLabel(parts.text) && !isGenericLabel(label) && first && lists.length === 1) {
    if (/[?:]$/.test(parts.text) && isShortParallel(first, ctx) && !allDefinitions(first, ctx)) {
      makeListCard(parts.text, first, parts.line, scope, ctx, parts.tags);
      return;
    }
    if (!listHasCards(first, ctx, nested)) {
      pushBasic(label, restSource, parts, scope, ctx, noteOf);
      return;
    }
  }
  const inner: Scope = isLabel(parts.text) && label ? { topic: [...scope.topic, label], tags: mergeTags(scope.tags, parts.tags) } : scope;
  for (const child of lists) extractList(child, inner, ctx, nested, noteOf);
}

function pushQa(parts: ItemParts, back: string, scope: Scope, ctx: ExtractContext): void {
  ctx.drafts.push({
    kind: "qa",
    front: cleanFront(parts.text),
    back: backMarkdown(back),
    topic: scope.topic,
    tags: mergeTags(scope.tags, parts.tags),
    line: parts.line,
  });
}

export function extractList(list: List, scope: Scope, ctx: ExtractContext, nested = false, noteOf?: Draft): void {
  if (isListOfDescribedTerms(list, ctx)) {
    for (const item of list.children) {
      const parts = itemParts(item, ctx);
      const described = describedTerm(parts, ctx)?.children.map((child) => itemParts(child, ctx).text) ?? [];
      pushBasic(parts.text, described.length === 1 ? (described[0] ?? "") : described.map((text) => `- ${text}`).join("\n"), parts, scope, ctx, noteOf);
    }
    return;
  }
  for (const item of list.children) extractItem(item, scope, ctx, nested, noteOf);
}
