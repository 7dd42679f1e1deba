/**
 * Questions and their answers in prose: `Q:`/`A:` pairs (and their prefixes in five more
 * languages), a question line with its answer on the lines below, and a short question paragraph
 * answered by the blocks after it.
 */
import type { Paragraph, RootContent } from "mdast";
import { addIssue, cleanFront, mergeTags, splitTags, type ExtractContext, type Scope } from "./draft";
import { isPlaceholder } from "./definition-line";
import { collectProse } from "./extract-blocks";
import { backMarkdown, inlineLine, sourceOf, sourceOfRange, startLine } from "./markdown-tree";
import { ANSWER_PREFIX, QUESTION_PREFIX } from "./vocabulary";

const Q_LINE = QUESTION_PREFIX;
const A_LINE = ANSWER_PREFIX;
const ENGLISH_Q = /^(?:\*\*|__)?Q/i;

export const paragraphText = (node: Paragraph, ctx: ExtractContext): string => splitTags(inlineLine(sourceOf(ctx.text, node))).text;

/**
 * `Q: …` starts a question even before its answer is written; the prefixes of other languages
 * (`P:`, `F:`, `S:`) only when an answer line (`A:`, `R:`, `C:`) follows, in the paragraph or the next.
 */
export function isQaStart(blocks: readonly RootContent[], index: number, ctx: ExtractContext): boolean {
  const node = blocks[index];
  if (node?.type !== "paragraph") return false;
  const source = sourceOf(ctx.text, node);
  if (!Q_LINE.test(source.trim())) return false;
  if (ENGLISH_Q.test(source.trim())) return true;
  const next = blocks[index + 1];
  const lines = source.split("\n").slice(1);
  return lines.some((line) => A_LINE.test(line.trim())) || (next?.type === "paragraph" && A_LINE.test(sourceOf(ctx.text, next).trim()));
}

/** A question on the paragraph's first line, its answer on the lines below (no blank line between). */
export function questionOverAnswer(node: Paragraph, ctx: ExtractContext): { question: string; tags: string[]; answer: Paragraph } | null {
  const source = sourceOf(ctx.text, node);
  const cut = source.indexOf("\n");
  const start = node.position?.start;
  const end = node.position?.end;
  if (cut < 0 || !start || !end || start.offset === undefined) return null;
  const { text, tags } = splitTags(inlineLine(source.slice(0, cut)));
  if (!text.endsWith("?") || isPlaceholder(text) || text.split(/\s+/).length > 25 || Q_LINE.test(text)) return null;
  const answerStart = { line: start.line + 1, column: 1, offset: start.offset + cut + 1 };
  const value = ctx.text.slice(answerStart.offset, end.offset);
  if (isPlaceholder(value) || A_LINE.test(value.trim())) return null;
  return { question: text, tags, answer: { type: "paragraph", children: [{ type: "text", value }], position: { start: answerStart, end } } };
}

export function isQuestionParagraph(node: Paragraph, ctx: ExtractContext): boolean {
  const text = paragraphText(node, ctx);
  return text.endsWith("?") && !isPlaceholder(text) && text.split(/\s+/).length <= 25 && !/\n/.test(sourceOf(ctx.text, node).trim());
}

export function extractQa(blocks: readonly RootContent[], index: number, scope: Scope, ctx: ExtractContext): number {
  const node = blocks[index];
  if (node?.type !== "paragraph") return index + 1;
  const lines = sourceOf(ctx.text, node).split("\n");
  const answerAt = lines.findIndex((line, offset) => offset > 0 && A_LINE.test(line.trim()));
  const question = inlineLine(lines.slice(0, answerAt > 0 ? answerAt : undefined).join(" ")).replace(Q_LINE, "");
  const { text, tags } = splitTags(question);
  let end = index + 1;
  const answerParts: string[] = [];
  if (answerAt > 0) answerParts.push(lines.slice(answerAt).join("\n").trim().replace(A_LINE, ""));
  const nextBlock = blocks[end];
  if (answerAt < 0 && nextBlock?.type === "paragraph" && A_LINE.test(sourceOf(ctx.text, nextBlock).trim())) {
    answerParts.push(sourceOf(ctx.text, nextBlock).trim().replace(A_LINE, ""));
    end++;
  }
  if (answerParts.length > 0) {
    const more = collectProse(blocks, end, ctx, { answered: true });
    answerParts.push(sourceOfRange(ctx.text, blocks.slice(end, more)));
    end = more;
  }
  const back = answerParts.filter((part) => part.trim()).join("\n\n");
  if (isPlaceholder(text) || isPlaceholder(back)) {
    addIssue(ctx, startLine(node), "warning", "empty-card", "Q: without a question and an A: answer: no card made");
    return end;
  }
  ctx.drafts.push({
    kind: "qa",
    front: cleanFront(text),
    back: backMarkdown(back),
    topic: scope.topic,
    tags: mergeTags(scope.tags, tags),
    line: startLine(node),
  });
  return end;
}
