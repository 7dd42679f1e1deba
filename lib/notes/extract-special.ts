/** Explicit card syntaxes other than quiz and cloze: two-column tables and `<details>` blocks. */
import type { Html, RootContent, Table, TableCell } from "mdast";
import { addIssue, cleanFront, mergeTags, splitTags, type ExtractContext, type Scope } from "./draft";
import { isPlaceholder } from "./definition-line";
import { backMarkdown, dedent, inlineLine, sourceOf, startLine } from "./markdown-tree";

/** A cell's Markdown without the surrounding pipes. */
function cellText(cell: TableCell, text: string): string {
  const start = cell.children[0]?.position?.start.offset;
  const end = cell.children[cell.children.length - 1]?.position?.end.offset;
  return start === undefined || end === undefined ? "" : text.slice(start, end).replace(/\s+/g, " ").trim();
}

export function extractTable(table: Table, scope: Scope, ctx: ExtractContext): void {
  const [header, ...rows] = table.children;
  if (!header || header.children.length < 2) return;
  const headers = header.children.map((cell) => inlineLine(cellText(cell, ctx.text)));
  const qaTable = /^q(uestion)?$/i.test(headers[0] ?? "");
  for (const row of rows) {
    const cells = row.children.map((cell) => cellText(cell, ctx.text));
    const { text: front, tags } = splitTags(inlineLine(cells[0] ?? ""));
    const rest = cells.slice(1);
    const back =
      rest.length === 1
        ? (rest[0] ?? "")
        : rest.map((cell, index) => (cell ? `**${headers[index + 1] ?? ""}**: ${cell}` : "")).filter(Boolean).join("  \n");
    if (isPlaceholder(front)) continue;
    if (rest.every((cell) => isPlaceholder(cell))) {
      addIssue(ctx, startLine(row), "warning", "empty-card", `empty definition for "${front}": no card made`);
      continue;
    }
    ctx.drafts.push({
      kind: qaTable || front.endsWith("?") ? "qa" : "basic",
      front: cleanFront(front),
      back: backMarkdown(back),
      topic: scope.topic,
      tags: mergeTags(scope.tags, tags),
      line: startLine(row),
    });
  }
}

export function isDetailsStart(node: RootContent): node is Html {
  return node.type === "html" && /^<details[\s>]/i.test(node.value.trim());
}

/** `<details><summary>question</summary>answer</details>`, possibly spread over several blocks. Returns blocks used. */
export function extractDetails(blocks: readonly RootContent[], start: number, scope: Scope, ctx: ExtractContext): number {
  let end = start;
  const parts: string[] = [];
  while (end < blocks.length) {
    const node = blocks[end];
    if (!node) break;
    const source = sourceOf(ctx.text, node);
    parts.push(source);
    end++;
    if (/<\/details>/i.test(source)) break;
  }
  const whole = parts.join("\n\n");
  const first = blocks[start];
  const line = first ? startLine(first) : 1;
  const summary = /<summary>([\s\S]*?)<\/summary>/i.exec(whole);
  const question = inlineLine(summary?.[1] ?? "");
  const answer = whole
    .slice((summary?.index ?? 0) + (summary?.[0].length ?? 0))
    .replace(/<\/details>[\s\S]*$/i, "")
    .replace(/^\s*<details[^>]*>/i, "");
  const { text, tags } = splitTags(question);
  if (isPlaceholder(text) || isPlaceholder(answer)) {
    addIssue(ctx, line, "warning", "empty-card", "<details> block without a <summary> question and an answer: no card made");
    return end - start;
  }
  ctx.drafts.push({
    kind: "qa",
    front: cleanFront(text),
    back: backMarkdown(dedent(answer)),
    topic: scope.topic,
    tags: mergeTags(scope.tags, tags),
    line,
  });
  return end - start;
}
