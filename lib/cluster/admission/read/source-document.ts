/**
 * A parsed object together with a way to find where its fields are written, so any field path can
 * be traced back to its line and column. Positions are found lazily: objects read by the fast path
 * only pay for them when something asks (an error, the document's own line), and then usually from
 * their lines alone (block-documents.ts); the `yaml` syntax tree answers what the lines cannot.
 */
import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from "yaml";
import type { KubeObject } from "../../object";
import { parsePath, segmentKey } from "../path";
import type { ParsedDocument, SourcePosition } from "../types";
import { UNSURE, type Unsure } from "./block-documents";

export interface AstRef {
  root: unknown;
  doc: Document.Parsed;
  lineCounter: LineCounter;
}

function resolve(node: unknown, doc: Document.Parsed): unknown {
  return isAlias(node) ? node.resolve(doc) : node;
}

/** A mapping's pairs by key (the first of each), built once per mapping: errors in a mapping of thousands of keys each looked through all of them. */
const pairIndexes = new WeakMap<object, Map<string, { key: Node; value: unknown }>>();

/** The key node of `name` in a mapping, and its value node. */
function findPair(map: unknown, name: string, doc: Document.Parsed): { key: Node; value: unknown } | undefined {
  if (!isMap(map)) return undefined;
  let index = pairIndexes.get(map);
  if (!index) {
    index = new Map();
    for (const pair of map.items) {
      const keyNode = pair.key;
      if (isScalar(keyNode) && !index.has(String(keyNode.value))) index.set(String(keyNode.value), { key: keyNode, value: pair.value });
    }
    pairIndexes.set(map, index);
  }
  const pair = index.get(name);
  return pair && { key: pair.key, value: resolve(pair.value, doc) };
}

export function startOf(node: unknown): number | undefined {
  if (isScalar(node) || isMap(node) || isSeq(node) || isAlias(node)) return node.range?.[0];
  return undefined;
}

function positionIn(ref: AstRef, path: string): SourcePosition | undefined {
  let node: unknown = ref.root;
  let offset = startOf(node);
  for (const segment of parsePath(path)) {
    const name = segmentKey(segment);
    if (typeof name === "number") {
      if (!isSeq(node)) return undefined;
      node = resolve(node.items[name], ref.doc);
      offset = startOf(node);
    } else {
      const pair = findPair(node, name, ref.doc);
      if (!pair) return undefined;
      node = pair.value;
      offset = startOf(pair.key);
    }
    if (offset === undefined) return undefined;
  }
  if (offset === undefined) return undefined;
  const { line, col } = ref.lineCounter.linePos(offset);
  return { line, column: col };
}

/** Where a document's positions come from: its block-style lines first, its `yaml` syntax tree when they cannot tell. */
export interface PositionSource {
  /** where `path` is written according to the lines alone (UNSURE: ask the syntax tree) */
  blockPosition(path: string): SourcePosition | undefined | Unsure;
  ast(): AstRef | undefined;
}

class SourceParsedDocument implements ParsedDocument {
  private astRef: AstRef | undefined | null = null;
  private start: SourcePosition | undefined;

  constructor(
    readonly file: string,
    readonly object: KubeObject,
    private readonly source: PositionSource,
  ) {}

  private lookup(): AstRef | undefined {
    if (this.astRef === null) this.astRef = this.source.ast();
    return this.astRef;
  }

  private startPosition(): SourcePosition {
    if (!this.start) {
      const quick = this.source.blockPosition("");
      if (quick !== UNSURE && quick) this.start = quick;
      else {
        const ref = this.lookup();
        this.start = (ref && positionIn(ref, "")) ?? { line: 1, column: 1 };
      }
    }
    return this.start;
  }

  get line(): number {
    return this.startPosition().line;
  }

  get column(): number {
    return this.startPosition().column;
  }

  positionOf(path: string): SourcePosition | undefined {
    const quick = this.source.blockPosition(path);
    if (quick !== UNSURE) return quick;
    const ref = this.lookup();
    return ref ? positionIn(ref, path) : undefined;
  }
}

export function createParsedDocument(file: string, object: KubeObject, source: PositionSource): ParsedDocument {
  return new SourceParsedDocument(file, object, source);
}
