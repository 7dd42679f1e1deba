/**
 * kubectl's table layout: Go's tabwriter as cli-runtime configures it (minimum cell width 6,
 * padding 3, spaces); the last column is not padded.
 */
const MIN_WIDTH = 6;
const PADDING = 3;

export function formatTable(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows
    .map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(Math.max(MIN_WIDTH, (widths[i] ?? 0) + PADDING)))).join(""))
    .map((line) => `${line}\n`)
    .join("");
}
