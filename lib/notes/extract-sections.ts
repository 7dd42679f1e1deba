/**
 * Splits a document into heading sections. Headings give the topic path. A heading also makes a
 * card of its own when it is a question (answered by the prose below it), or when it is a leaf
 * heading (no sub-headings) whose prose defines it (`### Kubelet` + paragraph). A heading with
 * sub-headings is a topic; it makes a card only when its first paragraph starts with its own name
 * (`# Kubernetes` + "Kubernetes (k8s) is …"). A "heading" that is really a long sentence is read
 * as a paragraph.
 */
import type { Heading, Paragraph, Root, RootContent } from "mdast";
import { cleanFront, isGenericLabel, mergeTags, splitTags, type Draft, type ExtractContext, type Scope } from "./draft";
import { collectProse, extractBlocks, pushAnswer } from "./extract-blocks";
import { isPlaceholder, sameTerm } from "./definition-line";
import { backMarkdown, endLine, inlineLine, plainText, sourceOf, startLine } from "./markdown-tree";
import { groupLines } from "./paragraph-lines";
import { isLabHeading } from "./vocabulary";

const QUESTION_WORD = /^(what|why|how|when|where|which|who)\b/i;

/** A "heading" that is really a sentence of prose; a question heading stays a heading however long. */
function isSentenceHeading(heading: Heading): boolean {
  const text = plainText(heading);
  if (/\?\s*$/.test(text) && !/[.!?]\s+\S/.test(text)) return false;
  return text.split(/\s+/).length > 12 || /[.!?]\s+\S/.test(text);
}

function asParagraph(heading: Heading): Paragraph {
  const first = heading.children[0]?.position;
  const last = heading.children[heading.children.length - 1]?.position;
  return { type: "paragraph", children: heading.children, ...(first && last ? { position: { start: first.start, end: last.end } } : {}) };
}

/**
 * A heading wrapped onto the next line (`## How does a Service do` / `traffic routing?`): Markdown
 * ends the heading at the line break, leaving "traffic routing?" as a question paragraph. The
 * fragment (a short line ending in `?`, right under the heading) joins the heading again; the rest
 * of that paragraph stays the heading's prose.
 */
function joinWrappedHeadings(blocks: RootContent[], ctx: ExtractContext): Map<Heading, string> {
  const continued = new Map<Heading, string>();
  for (let index = 0; index + 1 < blocks.length; index++) {
    const heading = blocks[index];
    const next = blocks[index + 1];
    if (heading?.type !== "heading" || next?.type !== "paragraph" || /[?:]\s*$/.test(plainText(heading))) continue;
    const start = next.position?.start;
    const end = next.position?.end;
    if (!start || !end || start.offset === undefined || end.offset === undefined || start.line !== endLine(heading) + 1) continue;
    const source = ctx.text.slice(start.offset, end.offset);
    const cut = source.indexOf("\n");
    const first = (cut < 0 ? source : source.slice(0, cut)).trim();
    if (!first.endsWith("?") || first.split(/\s+/).length > 8) continue;
    continued.set(heading, first);
    if (cut < 0) {
      blocks.splice(index + 1, 1);
      continue;
    }
    const restStart = { line: start.line + 1, column: 1, offset: start.offset + cut + 1 };
    const value = ctx.text.slice(restStart.offset, end.offset);
    blocks[index + 1] = { type: "paragraph", children: [{ type: "text", value, position: { start: restStart, end } }], position: { start: restStart, end } };
  }
  return continued;
}

function headingText(heading: Heading, ctx: ExtractContext, continuation: ReadonlyMap<Heading, string>): { title: string; rawTitle: string; tags: string[] } {
  const first = heading.children[0];
  const last = heading.children[heading.children.length - 1];
  const start = first?.position?.start.offset;
  const end = last?.position?.end.offset;
  const source = (start !== undefined && end !== undefined ? ctx.text.slice(start, end) : plainText(heading)) + (continuation.get(heading) ? ` ${continuation.get(heading)}` : "");
  const { text, tags } = splitTags(inlineLine(source).replace(/\s+#+$/, ""));
  return { title: cleanFront(text), rawTitle: text.trim(), tags };
}

function definesItself(first: RootContent | undefined, title: string, ctx: ExtractContext): boolean {
  if (first?.type !== "paragraph") return false;
  const plain = plainText(first).toLowerCase();
  const name = title.replace(/[*_`]/g, "").toLowerCase();
  return name.length > 0 && plain.startsWith(name) && /^[\s(,]|^\s*(is|are)\b/.test(plain.slice(name.length)) && sourceOf(ctx.text, first).length > 0;
}

/**
 * Definitions of other terms on later lines of a section's prose (`Endpoints = …` under
 * `# Services`): cards of their own, siblings of the section's card, which keeps its whole prose.
 */
function extractInnerDefinitions(prose: readonly RootContent[], title: string, owner: Draft, scope: Scope, ctx: ExtractContext): void {
  for (const node of prose) {
    if (node.type !== "paragraph") continue;
    for (const group of groupLines(sourceOf(ctx.text, node))) {
      const back = group.parts.join(" ").trim();
      if (group.offset === 0 || sameTerm(group.term, title) || isPlaceholder(back)) continue;
      ctx.drafts.push({ kind: "basic", front: cleanFront(group.term), back: backMarkdown(back), topic: scope.topic, tags: mergeTags(scope.tags, group.tags), line: startLine(node) + group.offset, noteOf: owner });
    }
  }
}

export function extractDocument(root: Root, scope: Scope, ctx: ExtractContext): void {
  const blocks: RootContent[] = root.children
    .filter((node) => node.type !== "yaml")
    .map((node) => (node.type === "heading" && isSentenceHeading(node) ? asParagraph(node) : node));
  const continuation = joinWrappedHeadings(blocks, ctx);
  const headingAt = blocks.flatMap((node, index) => (node.type === "heading" ? [index] : []));
  extractBlocks(blocks.slice(0, headingAt[0] ?? blocks.length), scope, ctx);
  const stack: { depth: number; title: string; tags: string[] }[] = [];
  headingAt.forEach((at, position) => {
    const heading = blocks[at];
    if (heading?.type !== "heading") return;
    const nextAt = headingAt[position + 1];
    const body = blocks.slice(at + 1, nextAt ?? blocks.length);
    const nextHeading = nextAt === undefined ? undefined : blocks[nextAt];
    const hasSubsections = nextHeading?.type === "heading" && nextHeading.depth > heading.depth;
    while ((stack[stack.length - 1]?.depth ?? 0) >= heading.depth) stack.pop();
    const { title, rawTitle, tags } = headingText(heading, ctx, continuation);
    const inherited = mergeTags(scope.tags, ...stack.map((entry) => entry.tags), tags);
    const outer: Scope = { topic: [...scope.topic, ...stack.map((entry) => entry.title)], tags: inherited };
    const inner: Scope = { topic: [...outer.topic, title], tags: inherited };
    stack.push({ depth: heading.depth, title, tags });
    let rest = 0;
    if (!isPlaceholder(title) && !isGenericLabel(title) && !isLabHeading(title)) {
      const question = title.endsWith("?") || QUESTION_WORD.test(title);
      if (question || !hasSubsections || definesItself(body[0], title, ctx)) {
        rest = collectProse(body, 0, ctx, question ? { firstList: true } : { owner: title });
        const front = rawTitle.endsWith(":") && !question ? `${title}:` : title;
        const draft = rest > 0 ? pushAnswer(question ? "qa" : "basic", front, body.slice(0, rest), startLine(heading), outer, ctx) : null;
        if (draft && !question) extractInnerDefinitions(body.slice(0, rest), title, draft, inner, ctx);
      }
    }
    extractBlocks(body.slice(rest), inner, ctx);
  });
}
