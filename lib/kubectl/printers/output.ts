/**
 * `-o` for every command that prints objects: yaml, json, name, jsonpath, custom-columns, wide and
 * the default table, with NAMESPACE (for -A), kind prefixes (several kinds) and --show-labels.
 */
import type { KubeObject } from "../../cluster";
import { KubectlError } from "../kubectl/command";
import { kindPrefix, resourceOfKind } from "../kubectl/resources";
import { columnsFor, labelsText, type Clock } from "./columns";
import { JsonPathError, jsonPath, pathValues } from "./jsonpath";
import { asList, toJson, toYaml } from "./serialize";
import { formatTable } from "./table";

export interface PrintOptions {
  /** The -o value ("" for the table). */
  readonly output: string;
  readonly clock: Clock;
  readonly withNamespace?: boolean;
  readonly withKind?: boolean;
  readonly showLabels?: boolean;
  /** `-L key`: one column per label key, headed by the key in capitals. */
  readonly labelColumns?: readonly string[];
  readonly noHeaders?: boolean;
  /** Print one object as itself rather than as a List (a single name was asked for). */
  readonly single?: boolean;
}

export const OUTPUT_FORMATS = ["json", "yaml", "name", "go-template", "go-template-file", "template", "templatefile", "jsonpath", "jsonpath-as-json", "jsonpath-file", "custom-columns", "custom-columns-file", "wide"];

const prefixOf = (kind: string): string => {
  const r = resourceOfKind(kind);
  return r ? kindPrefix(r) : kind.toLowerCase();
};

function nameCell(o: KubeObject, withKind: boolean): string {
  let name = o.metadata.name ?? "";
  if (o.kind === "StorageClass" && o.metadata.annotations?.["storageclass.kubernetes.io/is-default-class"] === "true") name += " (default)";
  return withKind ? `${prefixOf(o.kind)}/${name}` : name;
}

function table(objects: readonly KubeObject[], options: PrintOptions, wide: boolean): string {
  const byKind = new Map<string, KubeObject[]>();
  for (const o of objects) byKind.set(o.kind, [...(byKind.get(o.kind) ?? []), o]);
  const blocks: string[] = [];
  for (const [kind, list] of byKind) {
    const columns = columnsFor(kind, wide);
    const labelKeys = options.labelColumns ?? [];
    const header = [...(options.withNamespace ? ["NAMESPACE"] : []), "NAME", ...columns.map(([h]) => h), ...labelKeys.map((k) => (k.split("/").pop() ?? k).toUpperCase()), ...(options.showLabels ? ["LABELS"] : [])];
    const rows = list.map((o) => [
      ...(options.withNamespace ? [o.metadata.namespace ?? ""] : []),
      nameCell(o, options.withKind === true),
      ...columns.map(([, cell]) => cell(o, options.clock)),
      ...labelKeys.map((k) => o.metadata.labels?.[k] ?? ""),
      ...(options.showLabels ? [labelsText(o.metadata.labels)] : []),
    ]);
    blocks.push(formatTable(options.noHeaders ? rows : [header, ...rows]));
  }
  // kubectl separates kinds by a blank line only when it prints headers.
  return blocks.join(options.noHeaders ? "" : "\n");
}

/** Go's %v, as custom columns print non-string values: `map[cpu:200m memory:256Mi]`, `[a b]`. */
function goValue(v: unknown): string {
  if (typeof v === "string") return v;
  if (Array.isArray(v)) return `[${v.map(goValue).join(" ")}]`;
  if (v !== null && typeof v === "object") return `map[${Object.keys(v).sort().map((k) => `${k}:${goValue((v as Record<string, unknown>)[k])}`).join(" ")}]`;
  return v === null || v === undefined ? "<nil>" : String(v);
}

function customColumns(objects: readonly KubeObject[], spec: string, noHeaders: boolean): string {
  const columns = spec.split(",").map((part) => {
    const colon = part.indexOf(":");
    if (colon < 0) throw new KubectlError(`error: unexpected custom-columns spec: ${part}, expected <header>:<json-path-expr>`);
    return { header: part.slice(0, colon), path: part.slice(colon + 1) };
  });
  const rows = objects.map((o) => columns.map((c) => {
    const values = pathValues(c.path.startsWith(".") || c.path.startsWith("{") ? c.path : `.${c.path}`, o);
    return values.length === 0 || values.every((v) => v === undefined) ? "<none>" : values.map(goValue).join(",");
  }));
  return formatTable(noHeaders ? rows : [columns.map((c) => c.header), ...rows]);
}

/** Refuses an unknown -o before anything is fetched or changed, as kubectl does. */
export function validateOutput(output: string): void {
  const format = output.split("=")[0] ?? "";
  if (format === "" || ["yaml", "json", "name", "wide", "jsonpath", "jsonpath-as-json", "custom-columns"].includes(format)) return;
  if (OUTPUT_FORMATS.includes(format)) throw new KubectlError(`error: -o ${format} is not supported by this simulated kubectl; use -o yaml, json, name, wide, jsonpath=… or custom-columns=…`);
  throw new KubectlError(`error: unable to match a printer suitable for the output format "${output}", allowed formats are: ${OUTPUT_FORMATS.join(",")}`);
}

export function printObjects(objects: readonly KubeObject[], options: PrintOptions): string {
  const [format = "", ...rest] = options.output.split("=");
  const argument = rest.join("=");
  const data = options.single && objects.length === 1 ? objects[0] : asList(objects);
  try {
    switch (format) {
      case "": return table(objects, options, false);
      case "wide": return table(objects, options, true);
      case "yaml": return toYaml(data);
      case "json": return toJson(data);
      case "name": return objects.map((o) => `${prefixOf(o.kind)}/${o.metadata.name ?? ""}\n`).join("");
      case "jsonpath": case "jsonpath-as-json": {
        if (!argument) throw new KubectlError("error: template format specified but no template given");
        return jsonPath(argument, data);
      }
      case "custom-columns": {
        if (!argument) throw new KubectlError("error: custom-columns format specified but no custom columns given");
        return customColumns(objects, argument, options.noHeaders === true);
      }
      default:
        if (OUTPUT_FORMATS.includes(format)) throw new KubectlError(`error: -o ${format} is not supported by this simulated kubectl; use -o yaml, json, name, wide, jsonpath=… or custom-columns=…`);
        throw new KubectlError(`error: unable to match a printer suitable for the output format "${options.output}", allowed formats are: ${OUTPUT_FORMATS.join(",")}`);
    }
  } catch (e) {
    if (e instanceof JsonPathError) throw new KubectlError(`error: error parsing jsonpath ${argument}, ${e.message}`);
    throw e;
  }
}
