/**
 * Where a long note can be cut into pieces that remark parses separately with the same result as
 * the whole (issue 12): remark's cost grows faster than the text on some shapes of input (thousands
 * of short lists or paragraphs took 26 s of CPU for 200 KB), and pieces of a few KB keep it linear.
 *
 * A cut goes before a line that starts a block no earlier construct can continue: an ATX heading in
 * column 1 (outside HTML, not under a table row), or a line that follows a blank line, starts in column 1, is not a list item (a list may go on after a blank line) nor `---`
 * (a piece starting with it would begin with front matter), and lies
 * outside fenced code, front matter and HTML blocks that run over blank lines (comments, `<pre>`,
 * `<script>`…). Notes with link reference or footnote definitions (`[x]: …`), which apply across the
 * whole document, are not cut.
 *
 * remark's time also grows with the square of one paragraph's lines (thousands of `Q:`/`A:` lines
 * without a blank line between them). A paragraph of plain lines (no inline syntax that could span a
 * line break, no hard break) is therefore cut every PARAGRAPH_LINES lines too; parseMarkdown joins
 * the two halves again into the one paragraph and text node remark would have made. Such a run may
 * also end a top-level paragraph whose first lines have inline syntax, as long as nothing follows it.
 * Long top-level lists are cut between items (list-cuts.ts).
 */
import { listCuts, quoteListCuts } from "./list-cuts";
import { protectedLines } from "./text-prepass";

/** Pieces are cut after at least this many characters. */
export const CHUNK_CHARS = 4_000;

const LIST_ITEM = /^(?:[-*+]|\d{1,9}[.)])(?:\s|$)/;
// A piece that began with `---` would be read as front matter.
const FRONT_MATTER_FENCE = /^(?:-{3,}|\+{3,})\s*$/;
const ATX_HEADING = /^#{1,6}(?:[ \t]|$)/;
const DEFINITION = /^ {0,3}\[[^\]]+\]:/;
const HTML_OPEN: readonly [RegExp, string][] = [
  [/^ {0,3}<!--/, "-->"],
  [/^ {0,3}<(?:script|pre|style|textarea)(?:\s|>|$)/i, "</"],
  [/^ {0,3}<\?/, "?>"],
  [/^ {0,3}<!\[CDATA\[/, "]]>"],
  [/^ {0,3}<![A-Za-z]/, ">"],
];

export const PARAGRAPH_LINES = 200;

/** A line of a paragraph that is plain text: nothing on it can pair with anything on another line. */
const PLAIN_LINE = /^[^\s\d\-*+>#|<=~`_[]/;
const INLINE_SYNTAX = /[`|<>[\]*_~\\&]|https?:|www\.|@| {2}$/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)\s*$/;

/** A line that can start or go on with a top-level paragraph and nothing else (inline syntax allowed). */
const LEAD_LINE = /^[^\s\d\-*+>#|<=~`_]/;

/**
 * For each line, whether it and every line before it up to a blank line are LEAD_LINEs: a paragraph
 * of such lines is a top-level paragraph, so a run of plain lines at its end can be cut too (a
 * paragraph of `[a] b` lines, whose brackets bound-brackets.ts made plain text past the first 1,000).
 */
function leadLines(lines: readonly string[], locked: readonly boolean[]): boolean[] {
  const result: boolean[] = [];
  lines.forEach((line, index) => {
    const previous = lines[index - 1];
    const paragraphStart = previous === undefined || previous.trim() === "";
    result.push(!locked[index] && LEAD_LINE.test(line) && !line.includes("|") && (paragraphStart || result[index - 1] === true));
  });
  return result;
}

/** Lines inside long paragraphs of plain lines where a cut may go (every PARAGRAPH_LINES lines). */
function paragraphCuts(lines: readonly string[], locked: readonly boolean[]): Set<number> {
  const cuts = new Set<number>();
  const paragraphSoFar = leadLines(lines, locked);
  let start = 0;
  while (start < lines.length) {
    const isPlain = (index: number): boolean => !locked[index] && PLAIN_LINE.test(lines[index] ?? "") && !INLINE_SYNTAX.test(lines[index] ?? "");
    if (!isPlain(start) || (start > 0 && (lines[start - 1] ?? "").trim() !== "" && !paragraphSoFar[start - 1])) {
      start++;
      continue;
    }
    let end = start;
    while (end < lines.length && isPlain(end)) end++;
    // A run followed by more paragraph text, or by a setext underline, is not cut.
    const after = lines[end];
    const atParagraphStart = start === 0 || (lines[start - 1] ?? "").trim() === "";
    // After a lead with inline syntax, the run must end the paragraph: nothing after it may pair with the lead.
    const ends = after === undefined || after.trim() === "";
    if (ends || (atParagraphStart && !SETEXT_UNDERLINE.test(after ?? "") && !/^\S/.test(after ?? ""))) {
      for (let cut = start + PARAGRAPH_LINES; cut < end; cut += PARAGRAPH_LINES) cuts.add(cut);
    }
    start = end;
  }
  return cuts;
}

export interface ChunkStart {
  offset: number;
  /** 0-based line. */
  line: number;
  /** The piece begins inside a paragraph that the piece before it began. */
  joinsParagraph?: boolean;
  /**
   * The piece begins with an item of a list that the piece before it began (list-cuts.ts), at the
   * top level or inside a blockquote; `blankBefore` when a blank line separates the two items.
   */
  joinsList?: { inQuote: boolean; blankBefore: boolean };
}

/** Start offsets (and lines, 0-based) of the pieces; one piece when the text is short or cannot be cut. */
export function chunkStarts(text: string): ChunkStart[] {
  const starts: ChunkStart[] = [{ offset: 0, line: 0 }];
  if (text.length < CHUNK_CHARS * 2) return starts;
  const lines = text.split("\n");
  if (lines.some((line) => DEFINITION.test(line))) return starts;
  const locked = protectedLines(lines);
  const inParagraph = paragraphCuts(lines, locked);
  const inList = listCuts(lines, locked);
  const inQuoteList = quoteListCuts(lines, locked);
  let offset = 0;
  let pieceStart = 0;
  let htmlEnd: string | null = null;
  // Inside what may be an HTML block that ends at a blank line (`<div>`…).
  let htmlUntilBlank = false;
  lines.forEach((line, index) => {
    const previous = lines[index - 1];
    const cuttable =
      index > 0 && htmlEnd === null && !locked[index] && previous !== undefined && previous.trim() === "" &&
      line !== "" && !/^\s/.test(line) && !LIST_ITEM.test(line) && !FRONT_MATTER_FENCE.test(line) && offset - pieceStart >= CHUNK_CHARS;
    // An ATX heading ends whatever came before it (not HTML, nor a table row above it).
    const beforeHeading =
      index > 0 && htmlEnd === null && !htmlUntilBlank && !locked[index] && ATX_HEADING.test(line) &&
      !(previous ?? "").includes("|") && offset - pieceStart >= CHUNK_CHARS;
    if (cuttable || beforeHeading) {
      starts.push({ offset, line: index });
      pieceStart = offset;
    } else if (inParagraph.has(index) && htmlEnd === null) {
      starts.push({ offset, line: index, joinsParagraph: true });
      pieceStart = offset;
    } else if ((inList.has(index) || inQuoteList.has(index)) && htmlEnd === null && offset - pieceStart >= CHUNK_CHARS) {
      const inQuote = inQuoteList.has(index);
      starts.push({ offset, line: index, joinsList: { inQuote, blankBefore: (previous ?? "").replace(inQuote ? /^>/ : /^/, "").trim() === "" } });
      pieceStart = offset;
    }
    htmlUntilBlank = line.trim() !== "" && (htmlUntilBlank || (!locked[index] && /^ {0,3}</.test(line)));
    if (!locked[index]) {
      if (htmlEnd === null) {
        const opener = HTML_OPEN.find(([pattern]) => pattern.test(line));
        if (opener && !line.includes(opener[1], line.indexOf("<") + 2)) htmlEnd = opener[1];
      } else if (line.includes(htmlEnd)) htmlEnd = null;
    }
    offset += line.length + 1;
  });
  return starts;
}
