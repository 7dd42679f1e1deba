/**
 * Reads manifest files as kubectl does: YAML 1.1 (so `yes` is true and `0755` octal), several
 * documents per file, JSON too, `List` objects flattened into their items, empty documents skipped.
 * Every problem comes back as an ApiError with file, line and column; nothing throws.
 *
 * Two parsers share the work: js-yaml reads ordinary input fast, and the `yaml` library reads what
 * js-yaml declines (anchors, tags, syntax errors) and supplies positions lazily when they are needed
 * and the source's lines alone cannot tell them (block-documents.ts).
 */
import { DEFAULT_READ_LIMITS, type ApiError, type ManifestSource, type ParsedDocument, type ReadLimits } from "../types";
import { duplicateKeyMessage } from "./duplicate-keys";
import { parseFast } from "./fast-parse";
import { findTemplate } from "./find-template";
import { createParsedDocument } from "./source-document";
import { DocumentPlace, SourceReader, type SourceDocument } from "./source-reader";
import { isRecord, objectLabel, toKubeObject, describe } from "./to-kube-object";

export interface ReadResult {
  documents: ParsedDocument[];
  errors: ApiError[];
  /** accepted with a caveat (a key written twice: the last value is used) */
  warnings: ApiError[];
}

function utf8Length(text: string, limit: number): number {
  // Each UTF-16 unit is at most 3 UTF-8 bytes, so short texts need no encoding pass.
  return text.length * 3 <= limit ? text.length : new TextEncoder().encode(text).length;
}

/** Items of a typed list (apps/v1 DeploymentList) may leave out their type: it is the list's. */
function withListItemType(list: Record<string, unknown>, item: Record<string, unknown>): Record<string, unknown> {
  const listKind = typeof list.kind === "string" ? list.kind : "";
  if (listKind === "List" || (item.kind !== undefined && item.apiVersion !== undefined)) return item;
  return { apiVersion: list.apiVersion, kind: listKind.slice(0, -"List".length), ...item };
}

function templateMessage(placeholder: string): string {
  return `"${placeholder}" is a template placeholder: this is a Helm (or other) template, not a manifest, and kubectl cannot read it as YAML. Render it first (e.g. helm template RELEASE CHART > manifest.yaml) and apply the output; nothing from this document on was applied.`;
}

/**
 * The readable documents of one source. As kubectl does, reading stops at the first document that
 * is not valid YAML (its first error only: later ones are usually echoes of it), and at the first
 * template placeholder; the documents before it are applied. Keys written twice become warnings.
 */
function readSource(reader: SourceReader, file: string, limit: ReadLimits, out: Pick<Collector, "errors" | "warnings">): SourceDocument[] {
  const template = findTemplate(reader.text);
  const fast = template ? undefined : parseFast(reader.text);
  if (fast) {
    const documents = fast.filter((v) => v !== null && v !== undefined).map((value, fastIndex) => ({ value, fastIndex }));
    reader.fastDocuments = documents.length;
    return documents;
  }
  const readable: SourceDocument[] = [];
  for (const entry of reader.parsed().entries) {
    if (template && entry.end > template.index) {
      out.errors.push({ file, ...reader.position(template.index), object: "", path: "", message: templateMessage(template.text) });
      break;
    }
    if (entry.kind === "errors") {
      const first = entry.errors[0];
      if (first) out.errors.push({ file, line: first.line, column: first.column, object: "", path: "", message: `${first.message} Documents after this one were not applied.` });
      break;
    } else if (entry.kind === "aliases") {
      out.errors.push({ file, ...reader.position(entry.offset), object: "", path: "", message: `too many aliases: this document expands YAML aliases (*name) more than ${limit.maxAliasCount} times, which looks like an "alias bomb". Write the values out instead of repeating aliases.` });
    } else {
      const object = isRecord(entry.document.value) ? objectLabel(entry.document.value) : "";
      for (const d of entry.document.duplicates) out.warnings.push({ file, line: d.line, column: d.column, object, path: d.path, message: duplicateKeyMessage(d) });
      readable.push({ value: entry.document.value, precise: entry.document });
    }
  }
  return readable;
}

interface Collector {
  documents: ParsedDocument[];
  errors: ApiError[];
  warnings: ApiError[];
  limit: ReadLimits;
  tooMany: boolean;
}

/** One document (or each item of a List) as a ParsedDocument, or the reason it cannot be one. */
function collect(reader: SourceReader, file: string, document: SourceDocument, out: Collector): void {
  const value = document.value;
  if (!isRecord(value)) {
    out.errors.push({ file, ...new DocumentPlace(reader, document, undefined).start(), object: "", path: "", message: `expected a Kubernetes object (a mapping with apiVersion, kind and metadata) but this document is ${describe(value)}.` });
    return;
  }
  const items = typeof value.kind === "string" && value.kind.endsWith("List") && Array.isArray(value.items) ? value.items : undefined;
  const entries: { value: unknown; item?: number }[] = items ? items.map((v: unknown, i: number) => ({ value: v, item: i })) : [{ value }];
  for (const entry of entries) {
    const place = new DocumentPlace(reader, document, entry.item);
    if (!isRecord(entry.value)) {
      out.errors.push({ file, ...place.start(), object: "", path: "", message: `expected a Kubernetes object in the List's items but found ${describe(entry.value)}.` });
      continue;
    }
    const checked = toKubeObject(entry.item === undefined ? entry.value : withListItemType(value, entry.value));
    if ("problems" in checked) {
      const at = place.start();
      for (const p of checked.problems) out.errors.push({ file, ...at, object: objectLabel(entry.value), path: p.path, message: p.message });
      continue;
    }
    if (out.documents.length >= out.limit.maxDocuments) {
      if (!out.tooMany) out.errors.push({ file, ...place.start(), object: objectLabel(entry.value), path: "", message: `too many documents: the limit is ${out.limit.maxDocuments} objects per apply. Apply the rest separately.` });
      out.tooMany = true;
      continue;
    }
    out.documents.push(createParsedDocument(file, checked.object, place));
  }
}

export function readManifests(sources: readonly ManifestSource[], limits?: Partial<ReadLimits>): ReadResult {
  const out: Collector = { documents: [], errors: [], warnings: [], limit: { ...DEFAULT_READ_LIMITS, ...limits }, tooMany: false };
  for (const source of sources) {
    const size = utf8Length(source.text, out.limit.maxBytesPerSource);
    if (size > out.limit.maxBytesPerSource) {
      out.errors.push({ file: source.file, line: 1, column: 1, object: "", path: "", message: `file too large: ${size} bytes, the limit is ${out.limit.maxBytesPerSource} bytes. Split it into smaller files.` });
      continue;
    }
    const reader = new SourceReader(source, out.limit);
    for (const document of readSource(reader, source.file, out.limit, out)) collect(reader, source.file, document, out);
  }
  return { documents: out.documents, errors: out.errors, warnings: out.warnings };
}
