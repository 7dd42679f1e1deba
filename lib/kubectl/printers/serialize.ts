/**
 * `-o yaml` and `-o json` as kubectl prints them: keys sorted (objects pass through unstructured
 * maps), JSON indented by four spaces with Go's HTML escaping, YAML as sigs.k8s.io/yaml writes it
 * (sequences not indented under their key, `|` blocks for multi-line strings, no line folding).
 */
import { Document, Scalar, visit } from "yaml";

export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
}

export function toJson(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 4).replace(/[<>&]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`)}\n`;
}

// Plain scalars go-yaml v2 would read back as something other than a string (YAML 1.1 booleans and
// nulls, Go-parsable numbers, timestamps): it writes those double-quoted.
const NOT_A_STRING = [
  /^(y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|~|null|Null|NULL|)$/,
  /^[-+]?(0b[01_]+|0o?[0-7_]+|0x[0-9a-fA-F_]+|[0-9][0-9_]*)$/,
  /^[-+]?([0-9][0-9_]*)?\.?[0-9_]*([eE][-+]?[0-9]+)?$/,
  /^[-+]?\.(inf|Inf|INF)$|^\.(nan|NaN|NAN)$/,
  /^[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?$/,
  /^\d{4}-\d\d?-\d\d?([Tt ]|$)/,
];

export function toYaml(value: unknown): string {
  const doc = new Document(sortKeys(value), { version: "1.1" });
  visit(doc, {
    Scalar(_key, node: Scalar) {
      if (typeof node.value === "string" && !node.value.includes("\n") && NOT_A_STRING.some((r) => r.test(node.value as string)) && /[0-9a-zA-Z~.]|^$/.test(node.value)) node.type = "QUOTE_DOUBLE";
    },
  });
  return doc.toString({
    indentSeq: false,
    lineWidth: 0,
    minContentWidth: 0,
    blockQuote: "literal",
    singleQuote: true,
    doubleQuotedMinMultiLineLength: Number.POSITIVE_INFINITY,
  });
}

/** Several objects print as kubectl's `List`. */
export function asList(items: readonly unknown[]): Record<string, unknown> {
  return { apiVersion: "v1", items, kind: "List", metadata: { resourceVersion: "" } };
}
