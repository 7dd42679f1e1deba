/**
 * Keys written twice in one mapping. kubectl converts YAML to JSON leniently and the last value
 * wins; the learner most likely meant one of them, so each repeat becomes a warning naming both lines.
 */
import { isMap, isScalar, isSeq, type Document, type LineCounter } from "yaml";

export interface DuplicateKey {
  /** Field path of the repeated key (`spec.replicas`). */
  readonly path: string;
  readonly key: string;
  readonly firstLine: number;
  readonly line: number;
  readonly column: number;
}

function childPath(path: string, key: string): string {
  return /^[A-Za-z0-9_-]+$/.test(key) ? (path ? `${path}.${key}` : key) : `${path}[${key}]`;
}

export function duplicateKeys(doc: Document.Parsed, lineCounter: LineCounter): DuplicateKey[] {
  const out: DuplicateKey[] = [];
  const visit = (node: unknown, path: string): void => {
    if (isSeq(node)) node.items.forEach((item, i) => visit(item, `${path}[${i}]`));
    if (!isMap(node)) return;
    const seen = new Map<string, number>();
    for (const pair of node.items) {
      const keyNode = pair.key;
      if (!isScalar(keyNode)) continue;
      const key = String(keyNode.value);
      const at = keyNode.range?.[0] ?? 0;
      const first = seen.get(key);
      if (first !== undefined) {
        const { line, col } = lineCounter.linePos(at);
        out.push({ path: childPath(path, key), key, firstLine: lineCounter.linePos(first).line, line, column: col });
      } else seen.set(key, at);
      visit(pair.value, childPath(path, key));
    }
  };
  visit(doc.contents, "");
  return out;
}

export function duplicateKeyMessage(d: DuplicateKey): string {
  return `mapping key "${d.key}" is written twice (lines ${d.firstLine} and ${d.line}): kubectl keeps the last value and ignores the first one at line ${d.firstLine}. Keep the one you mean and delete the other.`;
}
