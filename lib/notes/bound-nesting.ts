/**
 * Bounds how deeply a note can nest Markdown containers before remark sees it (issue 12). Deep
 * nesting costs remark time that grows with depth × lines and ends in a stack overflow (99,000
 * `> ` on one line ran for minutes), and no learner's note nests more than a few levels. On each
 * line outside fenced code and front matter:
 *
 * - after MAX_MARKERS container markers (`>`, `-`/`*`/`+` bullets, `1.`/`1)` numbers), the next
 *   marker is escaped with a backslash, so the rest of the line is text;
 * - a run of indentation wider than MAX_INDENT columns is cut to MAX_INDENT (indentation nests lists).
 *
 * Line numbers are kept (only characters inside a line change). A line made only of markers (a
 * thematic break such as `- - -`) is left alone.
 */
export const MAX_MARKERS = 8;
export const MAX_INDENT = 48;

const isSpace = (char: string | undefined): boolean => char === " " || char === "\t";

/** Length of the container marker at `at` (0 when there is none). */
function markerLength(line: string, at: number): number {
  const char = line[at];
  if (char === ">") return 1;
  if ((char === "-" || char === "*" || char === "+") && (isSpace(line[at + 1]) || at + 1 === line.length)) return 1;
  let end = at;
  while (end < line.length && end - at < 9 && line.charCodeAt(end) >= 48 && line.charCodeAt(end) <= 57) end++;
  if (end > at && (line[end] === "." || line[end] === ")") && (isSpace(line[end + 1]) || end + 1 === line.length)) return end + 1 - at;
  return 0;
}

/** The line with its container prefix bounded; the same string when nothing needed cutting. */
export function boundLine(line: string): string {
  let out = "";
  let at = 0;
  let markers = 0;
  let changed = false;
  for (;;) {
    const spaceStart = at;
    let columns = 0;
    while (isSpace(line[at])) {
      columns += line[at] === "\t" ? 4 - (columns % 4) : 1;
      at++;
    }
    if (columns > MAX_INDENT) {
      out += " ".repeat(MAX_INDENT);
      changed = true;
    } else out += line.slice(spaceStart, at);
    const length = markerLength(line, at);
    if (length === 0) break;
    if (markers === MAX_MARKERS) {
      if (line.slice(at).trim().replace(/[-*+>.)\d\s]/g, "") === "") return line;
      // An escaped marker is text: `1\.`, `\-`, `\>`.
      const escaped = length > 1 ? `${line.slice(at, at + length - 1)}\\${line.slice(at + length - 1)}` : `\\${line.slice(at)}`;
      return out + escaped;
    }
    out += line.slice(at, at + length);
    at += length;
    markers++;
  }
  return changed ? out + line.slice(at) : line;
}

export function boundNesting(lines: string[], locked: readonly boolean[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (!locked[i]) lines[i] = boundLine(lines[i] ?? "");
  }
}
