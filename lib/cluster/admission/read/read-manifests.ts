/**
 * Reads manifest files as kubectl does: YAML 1.1 (so `yes` is true and `0755` octal), several
 * documents per file, JSON too, `List` objects flattened into their items, empty documents skipped.
 * Every problem comes back as an ApiError with file, line and column; nothing throws.
 *
 * Two parsers share the work: js-yaml reads ordinary input fast, and the `yaml` library reads what
 * js-yaml declines (anchors, tags, syntax errors) and supplies positions lazily when they are needed.
 */
import { isMap, isSeq } from "yaml";
import { DEFAULT_READ_LIMITS, type ApiError, type ManifestSource, type ParsedDocument, type ReadLimits } from "../types";
import { parseFast } from "./fast-parse";
import { parsePrecise, type PreciseDocument, type PreciseParse } from "./precise-parse";
import { createParsedDocument, startOf, type AstRef } from "./source-document";
import { isRecord, objectLabel, toKubeObject, describe } from "./to-kube-object";

export interface ReadResult {
  documents: ParsedDocument[];
  errors: ApiError[];
}

function utf8Length(text: string, limit: number): number {
  // Each UTF-16 unit is at most 3 UTF-8 bytes, so short texts need no encoding pass.
  return text.length * 3 <= limit ? text.length : new TextEncoder().encode(text).length;
}

/** One readable document of a source, with a lazy way to its syntax tree. */
interface SourceDocument {
  value: unknown;
  ast: () => PreciseDocument | undefined;
}

class SourceReader {
  private precise: PreciseParse | undefined;

  constructor(
    private readonly source: ManifestSource,
    private readonly limit: ReadLimits,
  ) {}

  parsed(): PreciseParse {
    this.precise ??= parsePrecise(this.source.text, this.limit.maxAliasCount);
    return this.precise;
  }

  position(offset: number): { line: number; column: number } {
    const { line, col } = this.parsed().lineCounter.linePos(offset);
    return { line, column: col };
  }

  astRef(document: PreciseDocument | undefined, item: number | undefined): AstRef | undefined {
    if (!document) return undefined;
    let root = document.contents;
    if (item !== undefined) {
      const items = isMap(root) ? root.get("items", true) : undefined;
      root = isSeq(items) ? items.items[item] : undefined;
    }
    return root === undefined ? undefined : { root, doc: document.doc, lineCounter: this.parsed().lineCounter };
  }
}

/** Items of a typed list (apps/v1 DeploymentList) may leave out their type: it is the list's. */
function withListItemType(list: Record<string, unknown>, item: Record<string, unknown>): Record<string, unknown> {
  const listKind = typeof list.kind === "string" ? list.kind : "";
  if (listKind === "List" || (item.kind !== undefined && item.apiVersion !== undefined)) return item;
  return { apiVersion: list.apiVersion, kind: listKind.slice(0, -"List".length), ...item };
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
    const reader = new SourceReader(source, limit);
    const readable: SourceDocument[] = [];
    const fast = parseFast(text);
    if (fast) {
      const values = fast.filter((v) => v !== null && v !== undefined);
      values.forEach((value, i) => readable.push({ value, ast: () => reader.parsed().documents[i] }));
    } else {
      for (const entry of reader.parsed().entries) {
        if (entry.kind === "errors") {
          for (const e of entry.errors) errors.push({ file, line: e.line, column: e.column, object: "", path: "", message: e.message });
        } else if (entry.kind === "aliases") {
          errors.push({ file, ...reader.position(entry.offset), object: "", path: "", message: `too many aliases: this document expands YAML aliases (*name) more than ${limit.maxAliasCount} times, which looks like an "alias bomb". Write the values out instead of repeating aliases.` });
        } else {
          const document = entry.document;
          readable.push({ value: document.value, ast: () => document });
        }
      }
    }

    for (const { value, ast } of readable) {
      const where = (item?: number) => {
        const ref = reader.astRef(ast(), item);
        const offset = ref ? startOf(ref.root) : undefined;
        return offset === undefined ? { line: 1, column: 1 } : reader.position(offset);
      };
      if (!isRecord(value)) {
        errors.push({ file, ...where(), object: "", path: "", message: `expected a Kubernetes object (a mapping with apiVersion, kind and metadata) but this document is ${describe(value)}.` });
        continue;
      }
      const isList = typeof value.kind === "string" && value.kind.endsWith("List") && Array.isArray(value.items);
      const entries: { value: unknown; item?: number }[] = isList && Array.isArray(value.items) ? value.items.map((v: unknown, i: number) => ({ value: v, item: i })) : [{ value }];
      for (const entry of entries) {
        if (!isRecord(entry.value)) {
          errors.push({ file, ...where(entry.item), object: "", path: "", message: `expected a Kubernetes object in the List's items but found ${describe(entry.value)}.` });
          continue;
        }
        const checked = toKubeObject(entry.item === undefined ? entry.value : withListItemType(value, entry.value));
        if ("problems" in checked) {
          const at = where(entry.item);
          for (const p of checked.problems) errors.push({ file, ...at, object: objectLabel(entry.value), path: p.path, message: p.message });
          continue;
        }
        if (documents.length >= limit.maxDocuments) {
          if (!tooMany) errors.push({ file, ...where(entry.item), object: objectLabel(entry.value), path: "", message: `too many documents: the limit is ${limit.maxDocuments} objects per apply. Apply the rest separately.` });
          tooMany = true;
          continue;
        }
        documents.push(createParsedDocument(file, checked.object, () => reader.astRef(ast(), entry.item)));
      }
    }
  }
  return { documents, errors };
}
