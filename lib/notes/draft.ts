/** Cards as the extractors find them, before ids are assigned (see card-ids.ts). */
import type { CardKind, ClozeData, ParseIssue } from "./types";

export interface Draft {
  kind: CardKind;
  front: string;
  back: string;
  topic: string[];
  tags: string[];
  line: number;
  /** The first card made from the same note; siblings share its noteId. */
  noteOf?: Draft;
  /** Id pinned by the author (`<!-- id: … -->` or a quiz block's `id:`). */
  pinned?: string;
  options?: string[];
  answer?: number;
  explanation?: string;
  items?: string[];
  clozes?: ClozeData;
}

/** Where a block sits: the topic path and tags inherited from headings and group labels. */
export interface Scope {
  topic: string[];
  tags: string[];
}

/** Shared state of one parse. */
export interface ExtractContext {
  /** The cleaned text the tree was parsed from (sources are sliced from it). */
  text: string;
  file: string;
  drafts: Draft[];
  issues: ParseIssue[];
  /** The document has Markdown headings (plain-text notes use bare lines as headings instead). */
  hasHeadings: boolean;
}

export function addIssue(
  ctx: ExtractContext,
  line: number,
  severity: ParseIssue["severity"],
  code: NonNullable<ParseIssue["code"]>,
  message: string,
): void {
  ctx.issues.push({ file: ctx.file, line, severity, message, code });
}

const TAG = /^#\p{L}[\p{L}\p{N}_/-]*$/u;

/**
 * `Pod - smallest unit #core #basics` → text without the tags, and ["core", "basics"]. Read word by
 * word from the end (a regular expression anchored at `$` would retry from every `#`: quadratic).
 */
export function splitTags(line: string): { text: string; tags: string[] } {
  const tags: string[] = [];
  let end = line.trimEnd().length;
  while (end > 0) {
    let start = end;
    while (start > 0 && !/\s/.test(line[start - 1] ?? "")) start--;
    if (start === 0 || !TAG.test(line.slice(start, end))) break;
    tags.push(line.slice(start + 1, end));
    end = start;
    while (end > 0 && /\s/.test(line[end - 1] ?? "")) end--;
  }
  if (tags.length === 0) return { text: line, tags };
  return { text: line.slice(0, end), tags: tags.reverse() };
}

export function mergeTags(...lists: readonly string[][]): string[] {
  return [...new Set(lists.flat())];
}

const GENERIC = new Set(
  (
    "introduction|intro|overview|summary|notes|note|definition|definitions|official definition|example|examples|" +
    "details|misc|miscellaneous|references|resources|links|conclusion|background|tl;dr|tldr|contents|" +
    "table of contents|todo|other|more|extra|general|basics|info|information|source|sources"
  ).split("|"),
);

/** Labels that organise notes but make no sense as a card's front on their own. */
export function isGenericLabel(text: string): boolean {
  return GENERIC.has(text.replace(/[*_`:#]/g, "").trim().toLowerCase());
}

/** Front text: one line, no trailing colon, `?` without the space some authors put before it. */
export function cleanFront(text: string): string {
  const line = text.replace(/\s+/g, " ").replace(/\s+\?$/, "?").replace(/\s*:$/, "").trim();
  const wrapped = /^(\*\*|__)([^*_]+?):?\1:?$/.exec(line);
  return wrapped?.[2]?.trim() ?? line;
}

/** Text a reader would see: no HTML tags, no link targets, no Markdown markers. */
function visibleText(markdown: string): string {
  return markdown
    .replace(/<[^>]+>/g, " ")
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[*_`>#|~-]/g, " ")
    .trim();
}

/**
 * The last safety net against junk, whatever made the draft: a front that is only a link or
 * markup, a back with nothing a reader would see.
 */
export function junkReason(draft: Draft): string | null {
  if (/^!?\[[^\]]*\]\([^)]*\)$/.test(draft.front.trim())) return "its front is only a link";
  if (!/[\p{L}\p{N}]/u.test(visibleText(draft.front))) return "its front is empty";
  if (!/[\p{L}\p{N}]/u.test(visibleText(draft.back))) return "its back is empty";
  return null;
}
