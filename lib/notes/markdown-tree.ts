/**
 * The one place that runs remark: parses (pre-cleaned) Markdown into an mdast tree with positions,
 * and turns nodes back into Markdown by slicing the source, so a back keeps the author's code,
 * inline code and links exactly as written.
 */
import type { Blockquote, List, Nodes, Paragraph, Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { chunkStarts } from "./markdown-chunks";

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ["yaml"]);

function shift(node: Nodes, lines: number, offset: number): void {
  const position = node.position;
  if (position) {
    position.start = { ...position.start, line: position.start.line + lines, offset: (position.start.offset ?? 0) + offset };
    position.end = { ...position.end, line: position.end.line + lines, offset: (position.end.offset ?? 0) + offset };
  }
  if ("children" in node) for (const child of node.children) shift(child, lines, offset);
}

/** Joins a paragraph of plain text cut in two (markdown-chunks.ts) back into one paragraph and text node. */
function joinParagraphs(first: Paragraph, second: Paragraph): void {
  const last = first.children[first.children.length - 1];
  const next = second.children[0];
  if (last?.type === "text" && next?.type === "text" && last.position && next.position) {
    last.value = `${last.value}\n${next.value}`;
    last.position = { start: last.position.start, end: next.position.end };
    first.children.push(...second.children.slice(1));
  } else first.children.push(...second.children);
  if (first.position && second.position) first.position = { start: first.position.start, end: second.position.end };
}

/** Joins a list cut between two items (list-cuts.ts) back into one list. */
function joinLists(first: List, second: List, blankBefore: boolean): void {
  first.children.push(...second.children);
  first.spread = Boolean(first.spread) || Boolean(second.spread) || blankBefore;
  if (first.position && second.position) first.position = { start: first.position.start, end: second.position.end };
}

/** Joins a blockquote whose list was cut between items back into one blockquote. */
function joinQuotes(first: Blockquote, second: Blockquote, blankBefore: boolean): void {
  const last = first.children[first.children.length - 1];
  const next = second.children[0];
  if (last?.type === "list" && next?.type === "list") {
    joinLists(last, next, blankBefore);
    first.children.push(...second.children.slice(1));
  } else first.children.push(...second.children);
  if (first.position && second.position) first.position = { start: first.position.start, end: second.position.end };
}

/** The mdast tree of the text, parsed piece by piece where that gives the same tree (markdown-chunks.ts). */
export function parseMarkdown(text: string): Root {
  const starts = chunkStarts(text);
  if (starts.length === 1) return processor.parse(text);
  const root: Root = { type: "root", children: [] };
  starts.forEach((start, index) => {
    const end = starts[index + 1]?.offset ?? text.length;
    const piece = processor.parse(text.slice(start.offset, end));
    piece.children.forEach((child, at) => {
      shift(child, start.line, start.offset);
      const previous = root.children[root.children.length - 1];
      if (at === 0 && start.joinsParagraph && previous?.type === "paragraph" && child.type === "paragraph") joinParagraphs(previous, child);
      else if (at === 0 && start.joinsList && previous?.type === "list" && child.type === "list") joinLists(previous, child, start.joinsList.blankBefore);
      else if (at === 0 && start.joinsList && previous?.type === "blockquote" && child.type === "blockquote") joinQuotes(previous, child, start.joinsList.blankBefore);
      else root.children.push(child);
    });
  });
  const last = root.children[root.children.length - 1];
  root.position = { start: { line: 1, column: 1, offset: 0 }, end: last?.position?.end ?? { line: 1, column: 1, offset: 0 } };
  return root;
}

export const startLine = (node: Nodes): number => node.position?.start.line ?? 1;
export const endLine = (node: Nodes): number => node.position?.end.line ?? startLine(node);

/** The Markdown source of one node, exactly as in the (cleaned) text. */
export function sourceOf(text: string, node: Nodes): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return toString(node);
  return text.slice(start, end);
}

/** Source of a run of sibling nodes, re-indented so its lines start at column 0. */
export function sourceOfRange(text: string, nodes: readonly RootContent[]): string {
  const first = nodes[0];
  const last = nodes[nodes.length - 1];
  const start = first?.position?.start;
  const end = last?.position?.end.offset;
  if (!first || !start || start.offset === undefined || end === undefined) return "";
  const raw = " ".repeat(Math.max(0, start.column - 1)) + text.slice(start.offset, end);
  return dedent(raw);
}

export function dedent(block: string): string {
  const lines = block.split("\n");
  const indents = lines.filter((line) => line.trim() !== "").map((line) => /^[ \t]*/.exec(line)?.[0].length ?? 0);
  const common = indents.length > 0 ? Math.min(...indents) : 0;
  return lines
    .map((line) => line.slice(Math.min(common, /^[ \t]*/.exec(line)?.[0].length ?? 0)).replace(/[ \t]+$/, ""))
    .join("\n")
    .trim();
}

/** Plain text of a node (headings for topic paths). */
export function plainText(node: Nodes): string {
  return toString(node).replace(/\s+/g, " ").trim();
}

const BR = /<br\s*\/?>/gi;

/** One logical line of inline Markdown: wrapped lines joined, `<br>` as a space. */
export function inlineLine(markdown: string): string {
  return markdown.replace(BR, " ").replace(/\s*\n\s*/g, " ").replace(/[ \t]+/g, " ").trim();
}

const BLOCK_START = /^\s*(?:[-*+]\s|\d{1,3}[.)]\s|#|>|\||```|~~~|<)/;
const FENCE_LINE = /^\s*(```|~~~)/;

/**
 * Markdown for a back: wrapped lines joined (a soft line break inside a paragraph or list item
 * becomes a space), `<br>` kept as a hard line break, code fences untouched. The line being joined
 * is kept as its pieces until it is done: joining thousands of wrapped lines by re-trimming and
 * re-testing the whole joined line each time took time that grew with the square of the lines.
 */
export function backMarkdown(markdown: string): string {
  const out: string[] = [];
  // The last line, as the pieces that make it (joined by spaces); the first piece starts the line.
  let line: string[] | null = null;
  const push = (text: string): void => {
    if (line) out.push(line.join(" "));
    line = [text];
  };
  const isBlank = (pieces: string[]): boolean => pieces.length === 1 && (pieces[0] ?? "").trim() === "";
  let inFence = false;
  let inIndentedCode = false;
  for (const raw of markdown.split("\n")) {
    const fence = FENCE_LINE.test(raw);
    inIndentedCode = /^( {4}|\t)/.test(raw) && (inIndentedCode || line === null || isBlank(line));
    if (inFence || fence || inIndentedCode) {
      push(raw);
      if (fence) inFence = !inFence;
      continue;
    }
    const parts = raw.replace(BR, "\u0000").split("\u0000");
    parts.forEach((part, index) => {
      const previous: string[] | null = line;
      const joinable =
        index === 0 && previous !== null && !isBlank(previous) && part.trim() !== "" && !BLOCK_START.test(part) &&
        !/( {2}|\\)$/.test(previous[previous.length - 1] ?? "") && !FENCE_LINE.test(previous[0] ?? "");
      if (joinable) {
        if (previous.length === 1) previous[0] = (previous[0] ?? "").trimEnd();
        previous.push(part.trim());
      } else push(index < parts.length - 1 ? `${part.trimEnd()}  ` : part);
    });
  }
  if (line) out.push((line as string[]).join(" "));
  return out.join("\n").replace(/\n{3,}/g, "\n\n").trim();
}
