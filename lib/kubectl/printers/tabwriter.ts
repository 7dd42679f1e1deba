/**
 * Go's text/tabwriter, the algorithm kubectl's describe output goes through: a cell is text ended
 * by a tab; a column's width is set per block of consecutive lines that have that cell (so a line
 * without tabs ends every block); text after a line's last tab is not padded.
 */
export interface TabwriterOptions {
  readonly minWidth: number;
  readonly padding: number;
}

export function tabwrite(text: string, options: TabwriterOptions): string {
  const lines = text.split("\n").map((l) => l.split("\t"));
  const trailingNewline = text.endsWith("\n");
  if (trailingNewline) lines.pop();
  const out: string[] = lines.map(() => "");
  const widths: number[] = [];
  const writeLines = (from: number, to: number): void => {
    for (let i = from; i < to; i += 1) {
      const cells = lines[i] ?? [];
      let s = "";
      cells.forEach((cell, j) => {
        if (j < cells.length - 1 && j < widths.length) s += cell.padEnd(widths[j] ?? 0);
        else s += cell;
      });
      out[i] = s;
    }
  };
  const format = (line0: number, line1: number): void => {
    const column = widths.length;
    let start = line0;
    for (let i = line0; i < line1; i += 1) {
      if (column >= (lines[i]?.length ?? 0) - 1) continue;
      writeLines(start, i);
      start = i;
      let width = options.minWidth;
      for (; i < line1; i += 1) {
        const cells = lines[i] ?? [];
        if (column >= cells.length - 1) break;
        width = Math.max(width, (cells[column] ?? "").length + options.padding);
      }
      widths.push(width);
      format(start, i);
      widths.pop();
      start = i;
      i -= 1;
    }
    writeLines(start, line1);
  };
  format(0, lines.length);
  return out.join("\n") + (trailingNewline ? "\n" : "");
}
