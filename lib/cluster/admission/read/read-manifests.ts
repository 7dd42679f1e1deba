/**
 * Reads manifest files as kubectl does: YAML 1.1 (so `yes` is true and `0755` octal), several
 * documents per file, JSON too, `List` objects flattened into their items, empty documents skipped.
 * Every problem comes back as an ApiError with file, line and column; nothing throws.
 */
import { LineCounter, isMap, isSeq, parseAllDocuments, type Document } from "yaml";
import type { KubeObject } from "../../object";
import { DEFAULT_READ_LIMITS, type ApiError, type ManifestSource, type ParsedDocument, type ReadLimits } from "../types";
import { createParsedDocument } from "./source-document";
import { explainYamlErrors } from "./yaml-errors";

export interface ReadResult {
  documents: ParsedDocument[];
  errors: ApiError[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function utf8Length(text: string, limit: number): number {
  // Each UTF-16 unit is at most 3 UTF-8 bytes, so short texts need no encoding pass.
  return text.length * 3 <= limit ? text.length : new TextEncoder().encode(text).length;
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (value === null) return "empty";
  return `a ${typeof value} (${JSON.stringify(value).slice(0, 40)})`;
}

function objectLabel(value: Record<string, unknown>): string {
  const kind = typeof value.kind === "string" ? value.kind : "";
  const metadata = isRecord(value.metadata) ? value.metadata : {};
  const name = typeof metadata.name === "string" ? metadata.name : "";
  return kind !== "" && name !== "" ? `${kind}/${name}` : "";
}

/** Checks the few fields that decide how an object is read at all (kubectl refuses before sending). */
function toKubeObject(value: Record<string, unknown>): { object: KubeObject } | { problems: { path: string; message: string }[] } {
  const problems: { path: string; message: string }[] = [];
  const { apiVersion, kind, metadata } = value;
  if (typeof apiVersion !== "string" || apiVersion === "") {
    problems.push({ path: "apiVersion", message: 'apiVersion not set: every object needs an apiVersion, e.g. "apiVersion: apps/v1" for a Deployment or "apiVersion: v1" for a Pod or Service.' });
  }
  if (typeof kind !== "string" || kind === "") {
    problems.push({ path: "kind", message: 'kind not set: every object needs a kind, e.g. "kind: Deployment".' });
  }
  if (metadata !== undefined && metadata !== null && !isRecord(metadata)) {
    problems.push({ path: "metadata", message: `metadata: Invalid value: must be an object with fields such as name and labels, found ${describe(metadata)}.` });
  }
  if (problems.length > 0 || typeof apiVersion !== "string" || typeof kind !== "string") return { problems };
  return { object: { ...value, apiVersion, kind, metadata: isRecord(metadata) ? metadata : {} } };
}

function isListObject(value: Record<string, unknown>): boolean {
  return typeof value.kind === "string" && value.kind.endsWith("List") && Array.isArray(value.items);
}

export function readManifests(sources: readonly ManifestSource[], limits?: Partial<ReadLimits>): ReadResult {
  const limit: ReadLimits = { ...DEFAULT_READ_LIMITS, ...limits };
  const documents: ParsedDocument[] = [];
  const errors: ApiError[] = [];
  let tooMany = false;

  for (const source of sources) {
    const { file, text } = source;
    const size = utf8Length(text, limit.maxBytesPerSource);
    if (size > limit.maxBytesPerSource) {
      errors.push({ file, line: 1, column: 1, object: "", path: "", message: `file too large: ${size} bytes, the limit is ${limit.maxBytesPerSource} bytes. Split it into smaller files.` });
      continue;
    }
    const lineCounter = new LineCounter();
    const parsed = parseAllDocuments(text, { version: "1.1", lineCounter, prettyErrors: true });
    const docs: Document.Parsed[] = Array.isArray(parsed) ? parsed : [];
    for (const doc of docs) {
      const at = (offset: number) => {
        const { line, col } = lineCounter.linePos(offset);
        return { line, column: col };
      };
      if (doc.errors.length > 0) {
        for (const e of explainYamlErrors(doc.errors, text)) errors.push({ file, line: e.line, column: e.column, object: "", path: "", message: e.message });
        continue;
      }
      if (doc.contents === null) continue; // an empty document, like a lone `---`: kubectl skips it
      let value: unknown;
      try {
        value = doc.toJS({ maxAliasCount: limit.maxAliasCount });
      } catch {
        errors.push({ file, ...at(doc.range[0]), object: "", path: "", message: `too many aliases: this document expands YAML aliases (*name) more than ${limit.maxAliasCount} times, which looks like an "alias bomb". Write the values out instead of repeating aliases.` });
        continue;
      }
      if (value === null || value === undefined) continue;
      if (!isRecord(value)) {
        errors.push({ file, ...at(doc.range[0]), object: "", path: "", message: `expected a Kubernetes object (a mapping with apiVersion, kind and metadata) but this document is ${describe(value)}.` });
        continue;
      }
      const entries: { value: unknown; node: unknown }[] = [];
      if (isListObject(value) && isMap(doc.contents)) {
        const itemsNode = doc.contents.get("items", true);
        const items = Array.isArray(value.items) ? value.items : [];
        items.forEach((item, i) => entries.push({ value: item, node: isSeq(itemsNode) ? itemsNode.items[i] : doc.contents }));
      } else {
        entries.push({ value, node: doc.contents });
      }
      for (const entry of entries) {
        const node = entry.node;
        const offset = node && typeof node === "object" && "range" in node && Array.isArray(node.range) && typeof node.range[0] === "number" ? node.range[0] : doc.range[0];
        if (!isRecord(entry.value)) {
          errors.push({ file, ...at(offset), object: "", path: "", message: `expected a Kubernetes object in the List's items but found ${describe(entry.value)}.` });
          continue;
        }
        const checked = toKubeObject(entry.value);
        if ("problems" in checked) {
          for (const p of checked.problems) errors.push({ file, ...at(offset), object: objectLabel(entry.value), path: p.path, message: p.message });
          continue;
        }
        if (documents.length >= limit.maxDocuments) {
          if (!tooMany) errors.push({ file, ...at(offset), object: objectLabel(entry.value), path: "", message: `too many documents: the limit is ${limit.maxDocuments} objects per apply. Apply the rest separately.` });
          tooMany = true;
          continue;
        }
        documents.push(createParsedDocument(file, checked.object, node, doc, lineCounter));
      }
    }
  }
  return { documents, errors };
}
