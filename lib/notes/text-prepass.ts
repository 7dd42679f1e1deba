/**
 * Line-preserving clean-up of raw notes before remark sees them. Every step keeps the number of
 * lines, so a line in the cleaned text is the same line in the author's file.
 *
 * - CRLF / CR → LF, BOM and zero-width characters removed, non-breaking spaces → spaces.
 * - An HTML heading on a line of its own (`<h1>Week 3</h1>`) becomes a Markdown heading.
 * - Lead-in arrows at the start of a line (`==> What …?`, `=> …`, `--> …`) are dropped.
 * - A run of `> ` lines right after a lead-in ending in `?` or `:` is a list, not a quotation.
 * - Plain-text outlines: lines indented by four or more spaces under a line of text would be an
 *   indented code block (or be swallowed into the paragraph) in Markdown. When such a block is
 *   really prose (see `looksLikeOutline`), it is rewritten as a nested Markdown list.
 * - Container nesting and the brackets of one block are bounded (see bound-nesting.ts and
 *   bound-brackets.ts), so no input makes remark's work explode.
 */
import { boundBrackets } from "./bound-brackets";
import { boundNesting } from "./bound-nesting";
import { recoverOutlines } from "./outline-recovery";

const ZERO_WIDTH = /[\u200B\u200C\u200D\u2060\uFEFF]/g;
const NBSP = /[\u00A0\u2007\u202F]/g;
const LEAD_IN_ARROW = /^(\s*)(?:==+>|=>|-->|→|⇒)\s+/;
const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const CLOSING_FENCE = /^\s{0,3}(`{3,}|~{3,})[ \t]*$/;
const HTML_HEADING = /^\s{0,3}<h([1-6])(?:\s[^>]*)?>(.*?)<\/h\1>\s*$/i;

function htmlHeading(line: string): string {
  const match = HTML_HEADING.exec(line);
  if (!match?.[1] || match[2] === undefined) return line;
  const title = match[2].replace(/<[^>]*>/g, "").trim();
  return title ? `${"#".repeat(Number(match[1]))} ${title}` : line;
}

export function normalizeNewlines(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

/** Marks which lines are inside fenced code or front matter, which the pre-pass never touches. */
export function protectedLines(lines: readonly string[]): boolean[] {
  const result = lines.map(() => false);
  let start = 0;
  if (lines[0]?.trim() === "---") {
    const end = lines.findIndex((line, index) => index > 0 && /^(---|\.\.\.)\s*$/.test(line));
    if (end > 0) {
      for (let i = 0; i <= end; i++) result[i] = true;
      start = end + 1;
    }
  }
  let fence: string | null = null;
  for (let i = start; i < lines.length; i++) {
    const match = FENCE.exec(lines[i] ?? "");
    if (fence) {
      result[i] = true;
      // A closing fence has nothing after it (```` ``` text ```` is a line of the code).
      if (match?.[1] && match[1][0] === fence[0] && match[1].length >= fence.length && CLOSING_FENCE.test(lines[i] ?? "")) fence = null;
    } else if (match?.[1]) {
      result[i] = true;
      fence = match[1];
    }
  }
  return result;
}

function quotesAsList(lines: string[], locked: readonly boolean[]): void {
  let i = 0;
  while (i < lines.length) {
    if (locked[i] || !/^\s{0,3}>\s?\S/.test(lines[i] ?? "")) {
      i++;
      continue;
    }
    let end = i;
    while (end < lines.length && !locked[end] && /^\s{0,3}>\s?\S/.test(lines[end] ?? "")) end++;
    let prev = i - 1;
    while (prev >= 0 && (lines[prev] ?? "").trim() === "") prev--;
    const leadIn = (lines[prev] ?? "").trim();
    const nested = lines.slice(i, end).some((line) => /^\s{0,3}>\s?>/.test(line));
    if (end - i >= 2 && /[?:]$/.test(leadIn) && !nested) {
      for (let j = i; j < end; j++) lines[j] = (lines[j] ?? "").replace(/^(\s{0,3})>\s?/, "$1- ");
    }
    i = end;
  }
}

/** Newlines normalised and nesting bounded, nothing else: Markdown read as authored (scenarios). */
export function boundedMarkdown(raw: string): string {
  const lines = normalizeNewlines(raw).split("\n");
  const locked = protectedLines(lines);
  boundNesting(lines, locked);
  boundBrackets(lines, locked);
  return lines.join("\n");
}

export function prepareText(raw: string): string {
  const lines = normalizeNewlines(raw).split("\n");
  const locked = protectedLines(lines);
  boundNesting(lines, locked);
  boundBrackets(lines, locked);
  for (let i = 0; i < lines.length; i++) {
    if (locked[i]) continue;
    lines[i] = htmlHeading((lines[i] ?? "").replace(ZERO_WIDTH, "").replace(NBSP, " ").replace(LEAD_IN_ARROW, "$1"));
  }
  quotesAsList(lines, locked);
  return recoverOutlines(lines, locked).join("\n");
}
