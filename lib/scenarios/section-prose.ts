/**
 * A section's prose without its fenced blocks (the task, a solution's explanation). Each opening
 * fence line (``` or ~~~, three or more) is removed with everything up to the first later line that
 * is the same fence (trailing spaces allowed); when no such line follows, shorter fences of the same
 * run are tried, and when none closes, the line stays. That is what the pattern
 * /^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[ \t]*$/gm did, read in one pass: the pattern scanned to the
 * end of the text from every unclosed fence, so 100 KB of them took seconds (issue 12).
 */
const OPENER = /^(?:`{3,}|~{3,})/;
const CLOSER = /^(`{3,}|~{3,})[ \t]*$/;

/** The key of a fence of `length` characters `char`. */
const fenceKey = (char: string, length: number): string => `${char}${length}`;

/** The first index in the ascending `indexes` greater than `after`, or undefined. */
function firstAfter(indexes: readonly number[], after: number): number | undefined {
  let low = 0;
  let high = indexes.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((indexes[middle] ?? 0) > after) high = middle;
    else low = middle + 1;
  }
  return indexes[low];
}

export function withoutFencedBlocks(markdown: string): string {
  if (!markdown.includes("```") && !markdown.includes("~~~")) return markdown;
  const lines = markdown.split("\n");
  const closers = new Map<string, number[]>();
  lines.forEach((line, index) => {
    const fence = CLOSER.exec(line)?.[1];
    if (!fence) return;
    const key = fenceKey(fence[0] ?? "", fence.length);
    const list = closers.get(key);
    if (list) list.push(index);
    else closers.set(key, [index]);
  });
  const kept: string[] = [];
  let index = 0;
  while (index < lines.length) {
    const line = lines[index] ?? "";
    const run = index < lines.length - 1 ? OPENER.exec(line)?.[0] : undefined;
    let closing: number | undefined;
    for (let length = run?.length ?? 0; length >= 3 && closing === undefined; length--) {
      const list = closers.get(fenceKey(run?.[0] ?? "", length));
      closing = list && firstAfter(list, index);
    }
    if (closing === undefined) {
      kept.push(line);
      index += 1;
    } else {
      kept.push("");
      index = closing + 1;
    }
  }
  return kept.join("\n");
}

/** The prose of a section's Markdown: fenced blocks removed, runs of blank lines made one, trimmed. */
export function sectionProse(markdown: string): string {
  return withoutFencedBlocks(markdown).replace(/\n{3,}/g, "\n\n").trim();
}
