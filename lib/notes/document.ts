/**
 * Generic reading of an authored Markdown document, for content that is not a deck (scenario
 * quizzes, issue 6): front matter with the line of every key, then the heading sections with
 * their prose, fenced blocks (with the line of each) and top-level list items. No card logic.
 */
import type { Code, List, RootContent } from "mdast";
import { isMap, isScalar, LineCounter, parseDocument } from "yaml";
import { inlineLine, parseMarkdown, sourceOfRange, startLine } from "./markdown-tree";
import { boundedMarkdown } from "./text-prepass";
import type { ParseIssue } from "./types";
import { frontMatterTooLong, yamlNestedTooDeep, yamlValue } from "./yaml-value";

export interface FencedBlock {
  /** Info string's first word (`yaml`, `quiz`, …), lower-cased; "" when absent. */
  lang: string;
  /** The rest of the info string. */
  meta: string;
  value: string;
  /** Line of the opening fence; the block's first content line is `line + 1`. */
  line: number;
}

export interface DocumentSection {
  title: string;
  depth: number;
  line: number;
  /** Titles of the enclosing headings, then this one. */
  path: string[];
  /** The section's own Markdown (up to the next heading of any depth). */
  markdown: string;
  blocks: FencedBlock[];
  /** Inline Markdown of the items of the section's top-level lists. */
  items: string[];
}

export interface MarkdownDocument {
  frontMatter: Record<string, unknown> | null;
  /** Line of each front-matter key in the file. */
  frontMatterLines: Record<string, number>;
  /** Markdown before the first heading. */
  preamble: string;
  sections: DocumentSection[];
  issues: ParseIssue[];
}

function readYamlFrontMatter(value: string, line: number, file: string, issues: ParseIssue[]): Pick<MarkdownDocument, "frontMatter" | "frontMatterLines"> {
  const tooLong = frontMatterTooLong(value);
  if (tooLong) {
    issues.push({ file, line, severity: "error", code: "front-matter", message: tooLong });
    return { frontMatter: null, frontMatterLines: {} };
  }
  const deep = yamlNestedTooDeep(value, "front matter");
  if (deep) {
    issues.push({ file, line: line + deep.line, severity: "error", code: "front-matter", message: deep.message });
    return { frontMatter: null, frontMatterLines: {} };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(value, { lineCounter, prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    issues.push({ file, line: line + lineCounter.linePos(error.pos[0]).line, severity: "error", code: "front-matter", message: `front matter is not valid YAML: ${error.message.split("\n")[0]}` });
    return { frontMatter: null, frontMatterLines: {} };
  }
  const lines: Record<string, number> = {};
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (isScalar(pair.key) && pair.key.range) lines[String(pair.key.value)] = line + lineCounter.linePos(pair.key.range[0]).line;
    }
  }
  const read = yamlValue(doc, "front matter");
  if (!read.ok) {
    issues.push({ file, line, severity: "error", code: "front-matter", message: read.message });
    return { frontMatter: null, frontMatterLines: {} };
  }
  const data = read.value;
  if (data !== null && data !== undefined && (typeof data !== "object" || Array.isArray(data))) {
    issues.push({ file, line, severity: "error", code: "front-matter", message: "front matter must be a YAML mapping of keys to values" });
    return { frontMatter: null, frontMatterLines: {} };
  }
  return { frontMatter: (data ?? {}) as Record<string, unknown>, frontMatterLines: lines };
}

const fenced = (node: Code): FencedBlock => ({ lang: (node.lang ?? "").toLowerCase(), meta: node.meta ?? "", value: node.value, line: startLine(node) });

function describeBody(text: string, body: readonly RootContent[]): Pick<DocumentSection, "markdown" | "blocks" | "items"> {
  const blocks = body.filter((node): node is Code => node.type === "code").map(fenced);
  const items = body
    .filter((node): node is List => node.type === "list")
    .flatMap((list) => list.children.map((item) => inlineLine(sourceOfRange(text, item.children.slice(0, 1)))));
  return { markdown: sourceOfRange(text, body), blocks, items };
}

export function readMarkdownDocument(raw: string, file: string): MarkdownDocument {
  const text = boundedMarkdown(raw);
  const root = parseMarkdown(text);
  const issues: ParseIssue[] = [];
  const yamlNode = root.children.find((node) => node.type === "yaml");
  const front = yamlNode?.type === "yaml" ? readYamlFrontMatter(yamlNode.value, startLine(yamlNode), file, issues) : { frontMatter: null, frontMatterLines: {} };
  const nodes = root.children.filter((node) => node.type !== "yaml");
  const headingAt = nodes.flatMap((node, index) => (node.type === "heading" ? [index] : []));
  const sections: DocumentSection[] = [];
  const stack: { depth: number; title: string }[] = [];
  headingAt.forEach((at, position) => {
    const heading = nodes[at];
    if (heading?.type !== "heading") return;
    while ((stack[stack.length - 1]?.depth ?? 0) >= heading.depth) stack.pop();
    const title = inlineLine(sourceOfRange(text, heading.children));
    stack.push({ depth: heading.depth, title });
    const body = nodes.slice(at + 1, headingAt[position + 1] ?? nodes.length);
    sections.push({ title, depth: heading.depth, line: startLine(heading), path: stack.map((entry) => entry.title), ...describeBody(text, body) });
  });
  const preamble = sourceOfRange(text, nodes.slice(0, headingAt[0] ?? nodes.length));
  return { ...front, preamble, sections, issues };
}
