/**
 * How deeply YAML nests its collections, measured before the `yaml` library builds its documents.
 * Building them recurses once per level; 10 KB of `- - - …` or `{{{…` ran the stack out, and a
 * second such input in the same process ended it (V8 aborted with "RegExpCompiler Allocation
 * failed - process out of memory" instead of throwing), even inside a budget worker thread
 * (issue 12). The library's parser (text to syntax tokens) keeps its own stack, so it is safe to
 * run on anything; the tokens are walked here without recursion.
 */
import { Parser, type CST } from "yaml";

/** Kubernetes objects nest about 15 levels; no manifest, checks block or front matter needs 64. */
export const MAX_YAML_DEPTH = 64;

const COLLECTIONS = new Set(["block-map", "block-seq", "flow-collection"]);

/** The offset of the first collection deeper than `limit` in one top-level token, or undefined. */
function tooDeepIn(top: CST.Token, limit: number): number | undefined {
  const pending: { token: CST.Token | null | undefined; depth: number }[] = [{ token: top, depth: 0 }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { token, depth } = next;
    if (!token) continue;
    if (token.type === "document") {
      pending.push({ token: token.value, depth });
      continue;
    }
    if (!COLLECTIONS.has(token.type) || !("items" in token)) continue;
    if (depth + 1 > limit) return token.offset;
    for (const item of token.items) {
      pending.push({ token: item.value, depth: depth + 1 });
      if ("key" in item) pending.push({ token: item.key, depth: depth + 1 });
    }
  }
  return undefined;
}

/**
 * Where `source` first nests collections deeper than `limit` levels (`offset`, and `documentStart`,
 * where the document holding it starts), or undefined when it does not.
 */
export function yamlTooDeep(source: string, limit = MAX_YAML_DEPTH): { offset: number; documentStart: number } | undefined {
  for (const token of new Parser().parse(source)) {
    const offset = tooDeepIn(token, limit);
    if (offset !== undefined) return { offset, documentStart: token.offset };
  }
  return undefined;
}

/** The message for YAML nested deeper than MAX_YAML_DEPTH; `what` names it ("this document", "the checks block"). */
export function tooDeepMessage(what: string): string {
  return `${what} nests lists and mappings more than ${MAX_YAML_DEPTH} levels deep, which no Kubernetes object needs (a Deployment is about 15). Flatten it.`;
}
