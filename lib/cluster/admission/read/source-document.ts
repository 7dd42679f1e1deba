/**
 * A parsed object together with a way to find its YAML syntax tree, so any field path can be traced
 * back to the line and column where it was written. The tree is found lazily: objects read by the
 * fast path only pay for positions when something asks (an error, the document's own line).
 */
import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from "yaml";
import type { KubeObject } from "../../object";
import { parsePath, segmentKey } from "../path";
import type { ParsedDocument, SourcePosition } from "../types";

export interface AstRef {
  root: unknown;
  doc: Document.Parsed;
  lineCounter: LineCounter;
}

function resolve(node: unknown, doc: Document.Parsed): unknown {
  return isAlias(node) ? node.resolve(doc) : node;
}

/** The key node of `name` in a mapping, and its value node. */
function findPair(map: unknown, name: string, doc: Document.Parsed): { key: Node; value: unknown } | undefined {
  if (!isMap(map)) return undefined;
  for (const pair of map.items) {
    const keyNode = pair.key;
    if (isScalar(keyNode) && String(keyNode.value) === name) return { key: keyNode, value: resolve(pair.value, doc) };
  }
  return undefined;
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

export function createParsedDocument(file: string, object: KubeObject, findAst: () => AstRef | undefined): ParsedDocument {
  let ast: AstRef | undefined | null = null;
  const lookup = (): AstRef | undefined => {
    if (ast === null) ast = findAst();
    return ast;
  };
  let start: SourcePosition | undefined;
  const startPosition = (): SourcePosition => {
    start ??= (() => {
      const ref = lookup();
      return (ref && positionIn(ref, "")) ?? { line: 1, column: 1 };
    })();
    return start;
  };
  return {
    file,
    object,
    get line() {
      return startPosition().line;
    },
    get column() {
      return startPosition().column;
    },
    positionOf(path: string): SourcePosition | undefined {
      const ref = lookup();
      return ref ? positionIn(ref, path) : undefined;
    },
  };
}
