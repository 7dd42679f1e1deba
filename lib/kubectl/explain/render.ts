/**
 * kubectl explain's plaintext output (k8s.io/kubectl/pkg/explain/v2/templates/plaintext.tmpl) over
 * the documentation in ./docs: the GROUP/KIND/VERSION header, `FIELD: name <type>` for a field path,
 * DESCRIPTION (the field's text, then its type's), and FIELDS with types, `-required-`, enums and
 * wrapped descriptions, or the nested field tree with --recursive (stopping at a type already open
 * above, as kubectl stops at cycles).
 */
import type { ExplainDocs, FieldDoc, TypeDoc } from "./docs";
import { indent, wrapString } from "./wrap";

export class ExplainError extends Error {}

/** The object type a field's type leads to (`[]#Key` and `map[string]#Key` lead to Key). */
function refOf(type: string): string | undefined {
  const inner = type.replace(/^(\[\]|map\[string\])+/, "");
  return inner.startsWith("#") ? inner.slice(1) : undefined;
}

function typeName(docs: ExplainDocs, type: string): string {
  if (type.startsWith("[]")) return `[]${typeName(docs, type.slice(2))}`;
  if (type.startsWith("map[string]")) return `map[string]${typeName(docs, type.slice(11))}`;
  if (type.startsWith("#")) return docs.types[type.slice(1)]?.n ?? "Object";
  if (type.startsWith("=")) return type.slice(1);
  return type;
}

const enumOf = (f: FieldDoc): readonly string[] => f[4] ?? [];
const enumValue = (v: string): string => (v === "" ? '""' : v);

function fieldDetail(docs: ExplainDocs, f: FieldDoc, level: number, short: boolean): string {
  const pad = level * 2;
  const values = enumOf(f);
  let out = `${indent(pad, f[0])}\t<${typeName(docs, f[1])}>${f[2] === 1 ? " -required-" : ""}`;
  if (values.length > 0) out += `\n${" ".repeat(pad)}enum: ${values.slice(0, 4).map(enumValue).join(", ")}${values.length > 4 ? ", ...." : ""}`;
  out += "\n";
  if (!short) out += `${indent(pad + 2, wrapString(f[3] || "<no description>", 78 - pad))}\n\n`;
  return out;
}

function fieldList(docs: ExplainDocs, type: TypeDoc, level: number, recursive: boolean, open: ReadonlySet<string>): string {
  let out = "";
  for (const f of type.f) {
    out += fieldDetail(docs, f, level, recursive);
    const ref = refOf(f[1]);
    const next = ref ? docs.types[ref] : undefined;
    if (recursive && ref && next && !open.has(ref)) out += fieldList(docs, next, level + 1, recursive, new Set([...open, ref]));
  }
  return out;
}

function describe(docs: ExplainDocs, text: string, type: TypeDoc | undefined, recursive: boolean): string {
  let out = `DESCRIPTION:\n${indent(4, wrapString(text || "<empty>", 76))}\n`;
  const fields = type ? fieldList(docs, type, 1, recursive, new Set()) : "";
  if (fields) out += `FIELDS:\n${fields}`;
  return out;
}

/** `kubectl explain KIND[.field.path]`; throws ExplainError with kubectl's message for a missing field. */
export function renderExplain(docs: ExplainDocs, kind: string, path: readonly string[], recursive: boolean): string {
  const k = docs.kinds[kind];
  const root = k ? docs.types[k.t] : undefined;
  if (!k || !root) throw new ExplainError(`no documentation for ${kind}`);
  const head = `${k.g ? `GROUP:      ${k.g}\n` : ""}KIND:       ${kind}\nVERSION:    ${k.v}\n\n`;
  if (path.length === 0) return `${head}${describe(docs, root.d ? `${root.d}\n` : "", root, recursive)}\n`;
  let type: TypeDoc | undefined = root;
  let field: FieldDoc | undefined;
  for (const name of path) {
    field = type?.f.find((f) => f[0] === name);
    if (!field) throw new ExplainError(`error: field "${name}" does not exist`);
    const ref = refOf(field[1]);
    type = ref ? docs.types[ref] : undefined;
  }
  if (!field) throw new ExplainError(`error: field "${path[path.length - 1] ?? ""}" does not exist`);
  const values = enumOf(field);
  const fieldLine = `FIELD: ${field[0]} <${typeName(docs, field[1])}>\n${values.length > 0 ? `ENUM:${values.map((v) => `\n    ${enumValue(v)}`).join("")}` : ""}\n\n`;
  const text = `${field[3] ? `${field[3]}\n` : ""}${type?.d ? `${type.d}\n` : ""}`;
  return `${head}${fieldLine}${describe(docs, text, type, recursive)}\n`;
}
