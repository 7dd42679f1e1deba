/**
 * Plain-text notes are often outlines indented with four spaces or tabs:
 *
 *     Core Components of K8s
 *         - Node and Pods
 *             - Node is a simple server
 *
 * Markdown would read the indented lines as a code block, or fold them into the line above. When
 * the indented block under a line of text is prose (mostly bullets, nothing that looks like code),
 * it is rewritten as a nested Markdown list, one output line per input line. A real indented code
 * block (commands, YAML, braces) is left alone.
 */

const BULLET = /^([-*+•]|\d{1,3}[.)])(\s+)(\S.*)$/;
const CODE_SIGNAL =
  /[{};]\s*$|^\s*(?:\$ |kubectl\s|helm\s|docker\s|apiVersion:|kind:|metadata:|spec:|#!|import\s|def\s|function\s|<\/?[a-z])|\w\(\)|:=|&&|\|\|/;

export function indentOf(line: string): number {
  let column = 0;
  for (const char of line) {
    if (char === " ") column++;
    else if (char === "\t") column += 4 - (column % 4);
    else break;
  }
  return column;
}

const isBlank = (line: string | undefined): boolean => (line ?? "").trim() === "";

function codeShare(lines: readonly string[]): number {
  const body = lines.filter((line) => !isBlank(line));
  if (body.length === 0) return 0;
  return body.filter((line) => CODE_SIGNAL.test(line.trim())).length / body.length;
}

function bulletShare(lines: readonly string[]): number {
  const body = lines.filter((line) => !isBlank(line));
  if (body.length === 0) return 0;
  return body.filter((line) => BULLET.test(line.trim())).length / body.length;
}

/** Share of lines that read as sentences: several words, mostly letters. */
function proseShare(lines: readonly string[]): number {
  const body = lines.filter((line) => !isBlank(line));
  if (body.length === 0) return 0;
  const prose = body.filter((line) => {
    const text = line.trim();
    const letters = (text.match(/[\p{L}\s]/gu) ?? []).length;
    return text.split(/\s+/).length >= 3 && letters / text.length >= 0.85;
  });
  return prose.length / body.length;
}

/** Whether the indented block under `head` is prose to recover rather than code to keep. */
function looksLikeOutline(head: string, region: readonly string[], adjacent: boolean): boolean {
  if (codeShare(region) > 0.2) return false;
  if (/^\s{0,3}#/.test(head) || !adjacent) return bulletShare(region) >= 0.5 || proseShare(region) === 1;
  return true;
}

function rewriteRegion(region: readonly string[]): string[] {
  const frames: { indent: number; contentCol: number }[] = [];
  const out: string[] = [];
  let prev: { indent: number; isBullet: boolean; textCol: number; newTextCol: number } | null = null;
  let sawBlank = false;
  for (const line of region) {
    if (isBlank(line)) {
      out.push("");
      sawBlank = true;
      continue;
    }
    const indent = indentOf(line);
    const text = line.trim();
    const bullet = BULLET.exec(text);
    const continues =
      !bullet &&
      prev !== null &&
      !sawBlank &&
      (prev.isBullet ? indent >= prev.textCol : indent >= prev.indent);
    sawBlank = false;
    if (continues && prev) {
      out.push(" ".repeat(prev.newTextCol) + text);
      continue;
    }
    while (frames.length > 0 && (frames[frames.length - 1]?.indent ?? 0) >= indent) frames.pop();
    const newIndent = frames[frames.length - 1]?.contentCol ?? 0;
    const marker = bullet?.[1] && /\d/.test(bullet[1]) ? bullet[1] : "-";
    const content = bullet?.[3] ?? text;
    out.push(`${" ".repeat(newIndent)}${marker} ${content}`);
    const newTextCol = newIndent + marker.length + 1;
    frames.push({ indent, contentCol: newTextCol });
    prev = {
      indent,
      isBullet: bullet !== null,
      textCol: indent + (bullet ? (bullet[1]?.length ?? 1) + (bullet[2]?.length ?? 1) : 0),
      newTextCol,
    };
  }
  return out;
}

export function recoverOutlines(input: readonly string[], locked: readonly boolean[]): string[] {
  const lines = [...input];
  let i = 0;
  while (i < lines.length) {
    const head = lines[i] ?? "";
    const prevLine = i > 0 ? lines[i - 1] : undefined;
    const headIsCandidate =
      !locked[i] &&
      !isBlank(head) &&
      indentOf(head) <= 1 &&
      !BULLET.test(head.trim()) &&
      // a line that continues a list item belongs to that item: leave its block to Markdown
      (isBlank(prevLine) || prevLine === undefined || (indentOf(prevLine) < 2 && !BULLET.test(prevLine.trim())));
    if (!headIsCandidate) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < lines.length && !locked[end] && (isBlank(lines[end]) || indentOf(lines[end] ?? "") >= 4)) end++;
    let last = end;
    while (last > i + 1 && isBlank(lines[last - 1])) last--;
    const region = lines.slice(i + 1, last);
    const adjacent = !isBlank(lines[i + 1]);
    if (region.length > 0 && looksLikeOutline(head, region, adjacent)) {
      rewriteRegion(region).forEach((line, offset) => {
        lines[i + 1 + offset] = line;
      });
    }
    i = Math.max(last, i + 1);
  }
  return lines;
}
