/**
 * A parsed object together with its YAML syntax tree, so any field path can be traced back to the
 * line and column where it was written.
 */
import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from "yaml";
import type { KubeObject } from "../../object";
import { parsePath, segmentKey } from "../path";
import type { ParsedDocument, SourcePosition } from "../types";

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

function startOf(node: unknown): number | undefined {
  if (node && typeof node === "object" && "range" in node) {
    const range = (node as Node).range;
    return range?.[0];
  }
  return undefined;
}

export function createParsedDocument(
  file: string,
  object: KubeObject,
  root: unknown,
  doc: Document.Parsed,
  lineCounter: LineCounter,
): ParsedDocument {
  const toPosition = (offset: number): SourcePosition => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const start = toPosition(startOf(root) ?? 0);
  return {
    file,
    line: start.line,
    column: start.column,
    object,
    positionOf(path: string): SourcePosition | undefined {
      let node: unknown = root;
      let offset = startOf(root);
      for (const segment of parsePath(path)) {
        const name = segmentKey(segment);
        if (typeof name === "number") {
          if (!isSeq(node)) return undefined;
          node = resolve(node.items[name], doc);
          offset = startOf(node);
        } else {
          const pair = findPair(node, name, doc);
          if (!pair) return undefined;
          node = pair.value;
          offset = startOf(pair.key);
        }
        if (offset === undefined) return undefined;
      }
      return offset === undefined ? undefined : toPosition(offset);
    },
  };
}
