/**
 * Bounds how many link brackets remark must match in one block (issue 12). micromark merges the text
 * between failed brackets with a splice of the block's whole event list, so a paragraph made of
 * `[a](` or `[a]` repeated costs time that grows with the square of its length (200 KB: 14–22 s).
 * Once a block (lines up to the next blank line) has passed MAX_BRACKETS brackets, every further
 * `[` and `]` on its lines becomes its full-width form (`［`, `］`): it looks the same, is plain text
 * to remark, and no real note comes near the bound. (A backslash escape was tried: it stays linear
 * but costs 2.4 s for 200 KB, as an escape is a token of its own.) Fenced code and front matter are
 * left alone, and so is a bracket that is already escaped. Lines keep their number and length.
 */
export const MAX_BRACKETS = 2_000;

function escapeBrackets(line: string, allowed: number): { line: string; seen: number } {
  let seen = 0;
  let out = "";
  let from = 0;
  for (let at = 0; at < line.length; at++) {
    const char = line[at];
    if (char !== "[" && char !== "]") continue;
    seen++;
    if (seen <= allowed || line[at - 1] === "\\") continue;
    out += `${line.slice(from, at)}${char === "[" ? "\uFF3B" : "\uFF3D"}`;
    from = at + 1;
  }
  return { line: from === 0 ? line : out + line.slice(from), seen };
}

export function boundBrackets(lines: string[], locked: readonly boolean[]): void {
  let inBlock = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (line.trim() === "") {
      inBlock = 0;
      continue;
    }
    if (locked[i]) continue;
    const bounded = escapeBrackets(line, Math.max(0, MAX_BRACKETS - inBlock));
    lines[i] = bounded.line;
    inBlock += bounded.seen;
  }
}
