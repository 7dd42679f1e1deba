/**
 * What Markdown costs remark to read, counted in one cheap pass before it is parsed (issue 12).
 * remark's time follows the structure, not the size: 200 KB of one-word bullets took 6–7 s of CPU,
 * 200 KB of prose 0.3 s. Each line costs a unit, and so does each list or quote level it opens or
 * continues (a marker, or two columns of indentation before it, at most 24), each table cell, and
 * every four inline marks (code, emphasis, link and HTML characters); a fenced code line costs one
 * unit, plus its quote markers, whatever it holds. Text under the limit parses in well under a
 * second (`npm run bench:notes` prints the figures); text over it is refused before remark runs.
 */

/** Units new notes, decks and scenarios may cost: ~0.3 s of CPU for the costliest shapes. */
export const MAX_READING_UNITS = 3_000;

export interface ReadingCost {
  /** Units of the whole text. */
  readonly units: number;
  /** One-based line on which the text first costs more than the limit, or null when it stays within it. */
  readonly lineOverLimit: number | null;
}

const SPACE = 0x20;
const TAB = 0x09;
const INLINE_MARKS = new Set(["`", "*", "_", "[", "]", "<", "~", "\\", "&"].map((mark) => mark.charCodeAt(0)));
const INLINE_MARKS_PER_UNIT = 4;
/** prepareText cuts indentation at 48 columns (./bound-nesting.ts): remark never sees deeper levels. */
const MAX_INDENT_LEVELS = 24;

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** The index after a list marker (`-`, `*`, `+`, `1.`, `1)`) at `at`, or -1 when there is none. */
function afterListMarker(text: string, at: number, end: number): number {
  const code = text.charCodeAt(at);
  let next = at + 1;
  if (isDigit(code)) {
    while (next < end && next - at < 10 && isDigit(text.charCodeAt(next))) next++;
    const delimiter = text.charCodeAt(next);
    if (delimiter !== 0x2e && delimiter !== 0x29) return -1;
    next++;
  } else if (code !== 0x2d && code !== 0x2a && code !== 0x2b) return -1;
  if (next === end) return next;
  const after = text.charCodeAt(next);
  return after === SPACE || after === TAB ? next : -1;
}

/** A fence opener or closer (three or more backticks or tildes) at `at`: its character and length. */
function fenceAt(text: string, at: number, end: number): { char: number; length: number } | null {
  const char = text.charCodeAt(at);
  if (char !== 0x60 && char !== 0x7e) return null;
  let length = 0;
  while (at + length < end && text.charCodeAt(at + length) === char) length++;
  return length >= 3 ? { char, length } : null;
}

export function readingCost(text: string, limit: number = MAX_READING_UNITS): ReadingCost {
  let units = 0;
  let marks = 0;
  let line = 0;
  let lineOverLimit: number | null = null;
  let fence: { char: number; length: number } | null = null;
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 ? text.length : newline;
    line++;
    units += 1;
    let at = start;
    let columns = 0;
    // The container prefix: quote markers and list markers, each a level, with the spaces between.
    for (;;) {
      for (; at < end; at++) {
        const code = text.charCodeAt(at);
        if (code === SPACE) columns += 1;
        else if (code === TAB) columns += 4;
        else break;
      }
      if (at >= end) break;
      const after = text.charCodeAt(at) === 0x3e ? at + 1 : fence ? -1 : afterListMarker(text, at, end);
      if (after < 0) break;
      units += 1;
      // The one space that ends a marker is not indentation.
      at = after < end && (text.charCodeAt(after) === SPACE || text.charCodeAt(after) === TAB) ? after + 1 : after;
    }
    if (!fence && at < end) units += Math.min(MAX_INDENT_LEVELS, Math.floor(columns / 2));
    const fenceHere = fenceAt(text, at, end);
    if (fence) {
      if (fenceHere && fenceHere.char === fence.char && fenceHere.length >= fence.length) fence = null;
    } else if (fenceHere) {
      fence = fenceHere;
    } else {
      for (let index = at; index < end; index++) {
        const code = text.charCodeAt(index);
        if (code === 0x7c) units += 1;
        else if (INLINE_MARKS.has(code)) marks++;
      }
    }
    if (lineOverLimit === null && units + Math.floor(marks / INLINE_MARKS_PER_UNIT) > limit) lineOverLimit = line;
    if (newline === -1) break;
    start = newline + 1;
  }
  return { units: units + Math.floor(marks / INLINE_MARKS_PER_UNIT), lineOverLimit };
}
