/**
 * One source being read, and where each object it holds is written: the fast path's documents are
 * placed from the source's lines when they can be (block-documents.ts), else, like the documents
 * the precise path read, from the `yaml` syntax tree, parsed when first needed.
 */
import { isMap, isSeq } from "yaml";
import type { ManifestSource, ReadLimits, SourcePosition } from "../types";
import { blockDocuments, UNSURE, type BlockDocument, type Unsure } from "./block-documents";
import { parsePrecise, type PreciseDocument, type PreciseParse } from "./precise-parse";
import { startOf, type AstRef, type PositionSource } from "./source-document";

/** One readable document of a source: from the fast path (its index among the non-empty ones) or the precise one. */
export interface SourceDocument {
  value: unknown;
  fastIndex?: number;
  precise?: PreciseDocument;
}

/** One source being read: its text, its `yaml` parse (made when first needed) and its block-style documents. */
export class SourceReader {
  private precise: PreciseParse | undefined;
  private blocks: BlockDocument[] | undefined | null = null;
  /** the number of non-empty documents the fast path read */
  fastDocuments = 0;

  constructor(
    private readonly source: ManifestSource,
    private readonly limit: ReadLimits,
  ) {}

  get text(): string {
    return this.source.text;
  }

  parsed(): PreciseParse {
    this.precise ??= parsePrecise(this.source.text, this.limit.maxAliasCount);
    return this.precise;
  }

  /** The lines of the fast path's `index`-th non-empty document, when the source is plain enough to cut into documents. */
  block(index: number): BlockDocument | undefined {
    if (this.blocks === null) this.blocks = blockDocuments(this.source.text, this.fastDocuments);
    return this.blocks?.[index];
  }

  syntaxTree(document: SourceDocument): PreciseDocument | undefined {
    return document.precise ?? (document.fastIndex === undefined ? undefined : this.parsed().documents[document.fastIndex]);
  }

  position(offset: number): { line: number; column: number } {
    const { line, col } = this.parsed().lineCounter.linePos(offset);
    return { line, column: col };
  }

  astRef(document: PreciseDocument | undefined, item: number | undefined): AstRef | undefined {
    if (!document) return undefined;
    let root = document.contents;
    if (item !== undefined) {
      const items = isMap(root) ? root.get("items", true) : undefined;
      root = isSeq(items) ? items.items[item] : undefined;
    }
    return root === undefined ? undefined : { root, doc: document.doc, lineCounter: this.parsed().lineCounter };
  }
}

/** Where one object (a document, or an item of a List document) is written in its source. */
export class DocumentPlace implements PositionSource {
  constructor(
    private readonly reader: SourceReader,
    private readonly document: SourceDocument,
    private readonly item: number | undefined,
  ) {}

  blockPosition(path: string): SourcePosition | undefined | Unsure {
    const block = this.document.fastIndex === undefined ? undefined : this.reader.block(this.document.fastIndex);
    if (!block) return UNSURE;
    if (this.item === undefined) return block.positionOf(path);
    const item = `items[${this.item}]`;
    return block.positionOf(path === "" ? item : `${item}.${path}`);
  }

  ast(): AstRef | undefined {
    return this.reader.astRef(this.reader.syntaxTree(this.document), this.item);
  }

  /** Where the object starts according to the syntax tree (for problems found while reading). */
  start(): SourcePosition {
    const ref = this.ast();
    const offset = ref ? startOf(ref.root) : undefined;
    return offset === undefined ? { line: 1, column: 1 } : this.reader.position(offset);
  }
}
