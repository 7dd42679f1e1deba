/**
 * The precise path: the `yaml` library, which keeps every node's position and reports syntax errors
 * with line and column. Used for input the fast path declines, and lazily for positions of errors.
 */
import { LineCounter, parseAllDocuments, type Document } from "yaml";
import { kubectlTags } from "./yaml11";
import { duplicateKeys, type DuplicateKey } from "./duplicate-keys";
import { findTemplate } from "./find-template";
import { explainYamlErrors, type ExplainedYamlError } from "./yaml-errors";
import { tooDeepMessage, yamlTooDeep } from "../../../yaml/yaml-depth";

export interface PreciseDocument {
  value: unknown;
  /** the document's root node */
  contents: unknown;
  doc: Document.Parsed;
  /** keys written twice in one mapping (the last value is kept, as kubectl keeps it) */
  duplicates: DuplicateKey[];
}

/** In source order: a readable document, a broken one (its explained errors), or an alias bomb; `end` is where it ends in the text. */
export type PreciseEntry =
  | { kind: "document"; document: PreciseDocument; end: number }
  | { kind: "errors"; errors: ExplainedYamlError[]; end: number }
  | { kind: "aliases"; offset: number; end: number };

export interface PreciseParse {
  entries: PreciseEntry[];
  /** the non-empty readable documents, in order (what the fast path's non-null documents correspond to) */
  documents: PreciseDocument[];
  lineCounter: LineCounter;
}

/** Line and column of `offset`, counted directly (the line counter only knows the text it was given). */
function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf("\n"); at >= 0 && at < offset; at = text.indexOf("\n", at + 1)) {
    line += 1;
    lineStart = at + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Documents nested too deeply for the `yaml` library to build (lib/yaml/yaml-depth.ts) are not handed to it:
 * the documents before the first such one are read, and it becomes an error entry.
 */
export function parsePrecise(text: string, maxAliasCount: number): PreciseParse {
  const deep = yamlTooDeep(text);
  const parse = parseReadable(deep ? text.slice(0, deep.documentStart) : text, maxAliasCount);
  if (deep) parse.entries.push({ kind: "errors", errors: [{ ...positionAt(text, deep.offset), message: tooDeepMessage("This document") }], end: text.length });
  return parse;
}

function parseReadable(text: string, maxAliasCount: number): PreciseParse {
  const lineCounter = new LineCounter();
  const parsed = parseAllDocuments(text, { version: "1.1", lineCounter, prettyErrors: true, customTags: kubectlTags, uniqueKeys: false, logLevel: "error" });
  const docs: Document.Parsed[] = Array.isArray(parsed) ? parsed : [];
  const entries: PreciseEntry[] = [];
  const documents: PreciseDocument[] = [];
  const templated = findTemplate(text) !== undefined;
  for (const doc of docs) {
    const end = doc.range[2];
    if (doc.errors.length > 0) {
      entries.push({ kind: "errors", errors: explainYamlErrors(doc.errors, text, templated), end });
      continue;
    }
    if (doc.contents === null) continue; // an empty document, like a lone `---`: kubectl skips it
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount });
    } catch {
      entries.push({ kind: "aliases", offset: doc.range[0], end });
      continue;
    }
    if (value === null || value === undefined) continue;
    const document = { value, contents: doc.contents, doc, duplicates: duplicateKeys(doc, lineCounter) };
    documents.push(document);
    entries.push({ kind: "document", document, end });
  }
  return { entries, documents, lineCounter };
}
