/**
 * Positions read from a source's lines (block-documents.ts) must be exactly those of the `yaml`
 * syntax tree, for every field, list item and missing field of every document, or be UNSURE (the
 * caller then asks the tree). The tree stays the reference; the lines only save parsing twice.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readManifests } from "@/lib/cluster/admission";
import { blockDocuments, UNSURE } from "@/lib/cluster/admission/read/block-documents";
import { parseFast } from "@/lib/cluster/admission/read/fast-parse";
import { parsePrecise } from "@/lib/cluster/admission/read/precise-parse";
import { createParsedDocument, type AstRef } from "@/lib/cluster/admission/read/source-document";
import type { KubeObject } from "@/lib/cluster/object";
import { isMap, isSeq } from "yaml";
import { corpusAvailable, loadCorpus } from "./helpers/corpus";

/** Every path of `value` in API-server notation, plus a missing field and item under each collection. */
function pathsOf(value: unknown, prefix = "", out: string[] = []): string[] {
  out.push(prefix);
  if (Array.isArray(value)) {
    value.forEach((item, i) => pathsOf(item, `${prefix}[${i}]`, out));
    out.push(`${prefix}[${value.length}]`);
  } else if (typeof value === "object" && value !== null) {
    for (const [name, child] of Object.entries(value)) {
      if (name.includes("]")) continue;
      const simple = /^[A-Za-z0-9_$-]+$/.test(name);
      pathsOf(child, simple ? (prefix === "" ? name : `${prefix}.${name}`) : `${prefix}[${name}]`, out);
    }
    out.push(prefix === "" ? "missing" : `${prefix}.missing`);
  }
  return out;
}

/** Compares the two readings of every path; returns how many the lines answered. */
function compare(file: string, text: string): { answered: number; unsure: number } {
  const fast = parseFast(text)?.filter((v) => v !== null && v !== undefined);
  if (!fast) return { answered: 0, unsure: 0 };
  const blocks = blockDocuments(text, fast.length);
  const precise = parsePrecise(text, 100);
  let answered = 0;
  let unsure = 0;
  fast.forEach((value, i) => {
    const document = precise.documents[i];
    const block = blocks?.[i];
    if (!document || !block) return;
    const ref = { root: document.contents, doc: document.doc, lineCounter: precise.lineCounter };
    const tree = createParsedDocument(file, value as KubeObject, { blockPosition: () => UNSURE, ast: () => ref });
    for (const path of pathsOf(value)) {
      const fromLines = path === "" ? block.start() : block.positionOf(path);
      if (fromLines === UNSURE) {
        unsure++;
        continue;
      }
      answered++;
      const fromTree = path === "" ? { line: tree.line, column: tree.column } : tree.positionOf(path);
      expect(fromLines, `${file} ${path}`).toEqual(fromTree);
    }
  });
  return { answered, unsure };
}

const TRICKY: Record<string, string> = {
  comments: "# top\n\n---\n# c\napiVersion: v1   # trailing\nkind: Pod\nmetadata:\n  # inner\n  name: x\n\n  labels:\n    a: b # c\n",
  blockScalars: "a: |\n  - x\n  b: c\n  # not a comment\nb: >-\n    folded: text\n\n    more\nc:\n  d: 1\n",
  blockScalarItems: "list:\n- |\n  x: y\n- name: z\n  script: |\n    - a\n    k: v\n  after: 1\n",
  explicitIndent: "a: |2\n   x\n  y\nb: 1\n",
  quotedKeys: "\"a b\": 1\n'c''d': 2\n\"e\\\\f\": 3\ng: 4\n",
  colonsInKeys: "metadata:\n  labels:\n    app.kubernetes.io/name: web\n    a:b: c\n    'x:y': z\n",
  listsOfLists: "a:\n- - 1\n  - 2\n- - 3\n-   - 4\n",
  emptyItems: "a:\n-\n- x\n-\n  name: y\n",
  valuesOnNextLine: "a:\n  b\nc:\n    d: 1\n    e:\n      f\n",
  numberAndBooleanKeys: "data:\n  80: x\n  \"81\": y\n  yes: z\n  1.5: v\n",
  foldedPlain: "a: one\n  two\n  three\nb: c\n",
  multiLineQuoted: "a: \"one\n  two\"\nb: c\n",
  multiLineSingleQuoted: "a: 'x\n  y'\nb: 1\n",
  extraSpaces: "a:\n-   name: x\n    image: y\n-    z\n",
  documents: "---\na: 1\n---\n---\n# only a comment\n---\nb:\n  c: 2\n...\n---\nd: [1, 2]\n",
  nullDocument: "a: 1\n---\n~\n---\nb: 2\n",
  list: "apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: ConfigMap\n  metadata:\n    name: a\n- kind: Secret\n  metadata: {name: b}\n",
  typedList: "apiVersion: v1\nkind: ConfigMapList\nitems:\n- metadata:\n    name: a\n  data:\n    k: v\n-   apiVersion: v1\n    kind: ConfigMap\n    metadata:\n      name: b\n",
  merge: "a:\n  <<: {w: 1, z: 2}\n  z: 3\n",
  flow: "a: {b: 1, c: [2, 3]}\nd: [x, {e: f}]\ng: \"[not flow\"\n",
  indentedDocument: "  a: 1\n  b:\n    c: 2\n",
  compactLists: "spec:\n  containers:\n  - name: a\n    ports:\n    - containerPort: 80\n      name: http\n    - containerPort: 81\n  - name: b\nafter: 1\n",
  trailingSpaces: "a:   \n  b: 1   \nc:  x  \n",
  hashes: "a: b#c\nd: 'e # f'\ng: h # i\nurl: http://x:80/#frag\n",
  listAtTop: "- a: 1\n  b: 2\n- c\n",
  emptyValues: "a:\nb:\n  c:\nd: 1\n",
  tabs: "a:\tb\nc:\n  d:\t1\n",
  spaceBeforeColon: "a   : 1\nb: 2\n",
  json: "{\"a\": 1, \"b\": {\"c\": 2}}\n",
  commentsInLists: "a:\n# c\n- 1\n  # c2\n- 2\nb: 3\n",
  unicode: "a: é\n\"ü\": 1\nb:\n  ç: 2\n",
  colonInValue: "a: b:c\nd: e\n",
  mapInNestedList: "- - a: 1\n    b: 2\n  - c\n",
  itemOnNextLine: "-\n  a: 1\n",
};

/** The syntax trees of the objects readManifests makes of `text` (List items by their own node). */
function objectTrees(text: string): AstRef[] {
  const precise = parsePrecise(text, 100);
  return precise.documents.flatMap((document) => {
    const items = isMap(document.contents) ? document.contents.get("items", true) : undefined;
    const kind = isMap(document.contents) ? document.contents.get("kind") : undefined;
    const roots = typeof kind === "string" && kind.endsWith("List") && isSeq(items) ? items.items : [document.contents];
    return roots.map((root) => ({ root, doc: document.doc, lineCounter: precise.lineCounter }));
  });
}

/** readManifests' documents (List items included) must place every path as the syntax tree does. */
function compareRead(file: string, text: string): void {
  const { documents } = readManifests([{ file, text }]);
  const trees = objectTrees(text);
  if (trees.length !== documents.length) return; // items that are not objects: nothing to compare
  documents.forEach((document, i) => {
    const ref = trees[i];
    const tree = createParsedDocument(file, document.object, { blockPosition: () => UNSURE, ast: () => ref });
    expect([document.line, document.column], `${file} #${i}`).toEqual([tree.line, tree.column]);
    for (const path of pathsOf(document.object)) expect(document.positionOf(path), `${file} #${i} ${path}`).toEqual(tree.positionOf(path));
  });
}

describe("positions from a source's lines", () => {
  it.each(Object.entries(TRICKY))("agree with the yaml syntax tree: %s", (name, text) => {
    compare(name, text);
  });

  it.each(Object.entries(TRICKY))("give readManifests the syntax tree's answers: %s", (name, text) => {
    compareRead(name, text);
  });

  it("answer ordinary manifests without the syntax tree", () => {
    const { answered, unsure } = compare("compactLists", TRICKY.compactLists ?? "");
    expect(answered).toBeGreaterThan(10);
    expect(unsure).toBe(0);
  });

  it("decline what they cannot follow: CR line ends, directives, tags", () => {
    expect(blockDocuments("a: 1\r\nb: 2\r\n", 1)).toBeUndefined();
    expect(blockDocuments("%YAML 1.1\n---\na: 1\n", 1)).toBeUndefined();
    expect(blockDocuments("a: !!str 1\n", 1)?.[0]?.positionOf("a")).toBe(UNSURE);
    expect(blockDocuments("a: 1\n---\nb: 2\n", 1)).toBeUndefined();
  });

  it("agree on the golden inputs", () => {
    const dir = fileURLToPath(new URL("./golden", import.meta.url));
    for (const name of readdirSync(dir)) {
      compare(name, readFileSync(join(dir, name), "utf8"));
      compareRead(name, readFileSync(join(dir, name), "utf8"));
    }
  });

  it.runIf(corpusAvailable())("agree on every corpus file, and answer most paths", () => {
    let answered = 0;
    let unsure = 0;
    for (const source of loadCorpus()) {
      const counts = compare(source.file, source.text);
      compareRead(source.file, source.text);
      answered += counts.answered;
      unsure += counts.unsure;
    }
    expect(answered).toBeGreaterThan(unsure * 5);
  });
});
