/**
 * Positions of fields in sources the fast path read, straight from their lines: no second parse
 * with the `yaml` library for ordinary block-style YAML. A source is cut into its documents at
 * `---` lines; each document's structure is built only when a position in it is asked for.
 * Whatever this reader does not follow answers UNSURE, and the caller asks the `yaml` library.
 */
import type { SourcePosition } from "../types";
import { tokenizeBlockYaml } from "./block-lines";
import { buildBlockTree, positionInTree, startOfNode, UNSURE, type BlockNode, type Unsure } from "./block-tree";

export { UNSURE, type Unsure };

const DOCUMENT_START = /^---(?:[ \t]|$)/;
const DOCUMENT_END = /^\.\.\.(?:[ \t]|$)/;

function hasContent(line: string): boolean {
  const trimmed = line.trimStart();
  return trimmed !== "" && !trimmed.startsWith("#");
}

/** One document of a source: lines [from, to) of the source's lines. */
export class BlockDocument {
  private tree: BlockNode | undefined | null = null;

  constructor(
    private readonly lines: readonly string[],
    private readonly from: number,
    private readonly to: number,
  ) {}

  private root(): BlockNode | undefined {
    if (this.tree === null) {
      const tokens = tokenizeBlockYaml(this.lines, this.from, this.to);
      this.tree = tokens && buildBlockTree(tokens);
    }
    return this.tree;
  }

  /** Where the document's top-level object starts. */
  start(): SourcePosition | Unsure {
    const root = this.root();
    return root ? startOfNode(root) : UNSURE;
  }

  /** Where `path` is written, relative to the document's top level; undefined when it is not written. */
  positionOf(path: string): SourcePosition | undefined | Unsure {
    const root = this.root();
    return root ? positionInTree(root, path) : UNSURE;
  }
}

/**
 * The documents of `text` that hold something, in order, or undefined when the text has markers
 * this reader does not follow (`...`, directives, content after `---`, a byte-order mark, CR line
 * ends) or when their number differs from `expected` (the fast path's non-empty documents).
 */
export function blockDocuments(text: string, expected: number): BlockDocument[] | undefined {
  if (text.includes("\r") || text.startsWith("\uFEFF")) return undefined;
  const lines = text.split("\n");
  const documents: BlockDocument[] = [];
  let from = 0;
  let content = false;
  /** after `...`: nothing but comments until the next `---` */
  let ended = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const first = line.charAt(0);
    const marker = first === "-" && DOCUMENT_START.test(line) ? "start" : first === "." && DOCUMENT_END.test(line) ? "end" : undefined;
    if (marker) {
      if (hasContent(line.slice(3))) return undefined;
      if (content) documents.push(new BlockDocument(lines, from, i));
      content = false;
      from = i + 1;
      ended = marker === "end";
    } else if (first === "%") {
      return undefined;
    } else if ((ended || !content) && hasContent(line)) {
      if (ended) return undefined;
      content = true;
    }
  }
  if (content) documents.push(new BlockDocument(lines, from, lines.length));
  return documents.length === expected ? documents : undefined;
}
