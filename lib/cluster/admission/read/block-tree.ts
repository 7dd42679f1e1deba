/**
 * The structure of a plain block-style YAML document (mappings, lists and where each key and item
 * starts), built from its tokens, and the position of a field path in it. Answers exactly what the
 * `yaml` library's syntax tree answers, or UNSURE when this reader cannot tell.
 */
import { parsePath, segmentKey } from "../path";
import type { SourcePosition } from "../types";
import type { Token } from "./block-lines";

export const UNSURE = "unsure";
export type Unsure = typeof UNSURE;

interface Entry {
  name: string | undefined;
  at: SourcePosition;
  value: BlockNode;
}

export type BlockNode =
  | { kind: "map"; at: SourcePosition; entries: Entry[] }
  | { kind: "seq"; at: SourcePosition; items: BlockNode[] }
  | { kind: "scalar"; at: SourcePosition }
  /** a flow collection ([…] or {…}): positions inside it are left to the `yaml` library */
  | { kind: "flow"; at: SourcePosition }
  /** nothing written (`key:` alone): null */
  | { kind: "empty" };

class Unreadable extends Error {}

const positionOf = (token: Token): SourcePosition => ({ line: token.line, column: token.column });

class TreeBuilder {
  private next = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  build(): BlockNode {
    const root = this.node();
    if (this.next !== this.tokens.length) throw new Unreadable();
    return root;
  }

  private peek(): Token | undefined {
    return this.tokens[this.next];
  }

  private node(): BlockNode {
    const token = this.peek();
    if (!token) return { kind: "empty" };
    if (token.type === "dash") return this.sequence(token.column);
    if (token.type === "key") return this.mapping(token.column);
    this.next++;
    return { kind: token.kind, at: positionOf(token) };
  }

  /** The value after a dash or key token: on the same line, on deeper lines below, or nothing. */
  private valueAfter(owner: Token, compactListAllowed: boolean): BlockNode {
    const token = this.peek();
    if (!token) return { kind: "empty" };
    if (!token.first) {
      if (token.line !== owner.line) throw new Unreadable();
      return this.node();
    }
    if (token.column > owner.column) return this.node();
    if (compactListAllowed && token.column === owner.column && token.type === "dash") return this.sequence(token.column);
    return { kind: "empty" };
  }

  private sequence(column: number): BlockNode {
    const start = this.peek();
    if (!start) throw new Unreadable();
    const items: BlockNode[] = [];
    for (let token = this.peek(); token?.type === "dash" && token.column === column && (token === start || token.first); token = this.peek()) {
      this.next++;
      items.push(this.valueAfter(token, false));
    }
    this.checkEnd(column, "dash");
    return { kind: "seq", at: positionOf(start), items };
  }

  private mapping(column: number): BlockNode {
    const start = this.peek();
    if (!start) throw new Unreadable();
    const entries: Entry[] = [];
    for (let token = this.peek(); token?.type === "key" && token.column === column && (token === start || token.first); token = this.peek()) {
      this.next++;
      entries.push({ name: token.name, at: positionOf(token), value: this.valueAfter(token, true) });
    }
    this.checkEnd(column, "key");
    return { kind: "map", at: positionOf(start), entries };
  }

  /** After a collection at `column`, the next line must belong to an enclosing one. */
  private checkEnd(column: number, type: Token["type"]): void {
    const token = this.peek();
    if (!token) return;
    if (!token.first || token.column > column || (token.column === column && token.type === type)) throw new Unreadable();
  }
}

/** The tree of a document's tokens, or undefined when they do not form one this reader follows. */
export function buildBlockTree(tokens: readonly Token[]): BlockNode | undefined {
  try {
    return new TreeBuilder(tokens).build();
  } catch (error) {
    if (error instanceof Unreadable) return undefined;
    throw error;
  }
}

export function startOfNode(node: BlockNode): SourcePosition | Unsure {
  return node.kind === "empty" ? UNSURE : node.at;
}

/**
 * A mapping's entries by name (the first of each), and whether some key is not a plain string; built
 * once per mapping, so placing every error of a mapping of 9,000 keys is not 9,000 scans of it.
 */
const indexes = new WeakMap<readonly Entry[], { byName: Map<string, Entry>; unnamed: boolean }>();

function entryNamed(entries: readonly Entry[], name: string): Entry | Unsure | undefined {
  let index = indexes.get(entries);
  if (!index) {
    index = { byName: new Map(), unnamed: false };
    for (const entry of entries) {
      if (entry.name === undefined) index.unnamed = true;
      else if (!index.byName.has(entry.name)) index.byName.set(entry.name, entry);
    }
    indexes.set(entries, index);
  }
  return index.byName.get(name) ?? (index.unnamed ? UNSURE : undefined);
}

/** Where `path` is written (a field: its key; a list item: its start), undefined when it is not, as the `yaml` syntax tree would say. */
export function positionInTree(root: BlockNode, path: string): SourcePosition | undefined | Unsure {
  let node = root;
  let at = startOfNode(root);
  for (const segment of parsePath(path)) {
    if (node.kind === "flow") return UNSURE;
    const name = segmentKey(segment);
    if (typeof name === "number") {
      if (node.kind !== "seq") return undefined;
      const item = node.items[name];
      if (!item) return undefined;
      node = item;
      at = startOfNode(item);
    } else {
      if (node.kind !== "map") return undefined;
      const entry = entryNamed(node.entries, name);
      if (entry === undefined || entry === UNSURE) return entry;
      node = entry.value;
      at = entry.at;
    }
    if (at === UNSURE) return UNSURE;
  }
  return at;
}
