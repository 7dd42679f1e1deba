/**
 * Where a long top-level list may be cut so that remark parses its halves separately (issue 12):
 * remark's work on one list grows faster than its items (10,000 questions over nested bullets took
 * 15 s of CPU for 200 KB), and parseMarkdown joins the halves again into the one list remark would
 * have made (markdown-tree.ts).
 *
 * A cut goes before a line that starts an item in column 1 with the same marker as the item before
 * it (same bullet, or same delimiter after a number), with no blank line between the two, when every
 * line between them belongs to the earlier item (indented at least to its content). (Items separated
 * by blank lines are not cut: a differential fuzz found a note where remark read such items as
 * paragraph text, for reasons not yet understood.) Anything
 * else ends the run, so no cut is made where a list could be a lazy paragraph continuation, an HTML
 * block, fenced code or a thematic break: a run starts only after a blank line or a plain line.
 */

const ITEM = /^([-*+]|\d{1,9}[.)])( {1,4})(?=\S)/;
const ITEM_FAR = /^([-*+]|\d{1,9}[.)]) {5,}(?=\S)/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
/** A line that can only be text of a paragraph (nothing that starts a block, an HTML block or a table). */
const PLAIN_START = /^[^\s\d\-*+>#|<=~`_[]/;

interface Item {
  /** `-`, `*`, `+`, `.` or `)`. */
  kind: string;
  /** Column where the item's content starts: a line indented this far belongs to it. */
  width: number;
}

function itemOn(line: string): Item | null {
  if (THEMATIC_BREAK.test(line)) return null;
  const near = ITEM.exec(line);
  if (near?.[1] && near[2]) return { kind: near[1].slice(-1), width: near[1].length + near[2].length };
  const far = ITEM_FAR.exec(line);
  return far?.[1] ? { kind: far[1].slice(-1), width: far[1].length + 1 } : null;
}

/** An item that may interrupt a paragraph: a bullet, or a number 1 (`2.` after text is more text). */
const INTERRUPTS = /^(?:[-*+]|0*1[.)])\s/;

const indentOf = (line: string): number => /^ */.exec(line)?.[0].length ?? 0;

/** Lines (0-based) before which a top-level list may be cut and joined again. */
export function listCuts(lines: readonly string[], locked: readonly boolean[]): Set<number> {
  const cuts = new Set<number>();
  let current: Item | null = null;
  // Whether a list may start on the next line: after a blank line, or after plain paragraph text
  // (which only a bullet or an item numbered 1 interrupts).
  let mayStart: "blank" | "text" | null = "blank";
  lines.forEach((line, index) => {
    if (locked[index] || line.includes("\t")) {
      current = null;
      mayStart = null;
      return;
    }
    if (line.trim() === "") {
      current = null;
      mayStart = "blank";
      return;
    }
    const item = itemOn(line);
    if (item && current && item.kind === current.kind) {
      cuts.add(index);
      current = item;
    } else if (item && (mayStart === "blank" || ((mayStart === "text" || current) && INTERRUPTS.test(line)))) current = item;
    else if (!(current && indentOf(line) >= current.width)) current = null;
    mayStart = current === null && mayStart !== null && PLAIN_START.test(line) && !line.includes("|") ? "text" : null;
  });
  return cuts;
}

/**
 * The same cuts for a list that is the content of a blockquote (`> - item` lines): remark copies the
 * document's whole event list each time an item in a quote ends, so 200 KB of them took 46 s.
 * Only a run of `>` lines that starts after a blank line is considered; a lazy line ends it.
 */
export function quoteListCuts(lines: readonly string[], locked: readonly boolean[]): Set<number> {
  let inRun = false;
  const content = lines.map((line, index) => {
    const previous = lines[index - 1];
    if (!locked[index] && line.startsWith(">") && (inRun || previous === undefined || previous.trim() === "")) {
      inRun = true;
      return line.replace(/^> ?/, "");
    }
    inRun = false;
    return line.trim() === "" ? "" : "\t";
  });
  return listCuts(content, locked);
}
