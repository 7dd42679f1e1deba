/**
 * Writes lib/kubectl/explain/explain-docs.json, the field documentation `kubectl explain` prints,
 * from the JSDoc and types kubernetes-models ships in its .d.ts files (generated from the Kubernetes
 * OpenAPI schema), for the kinds learners use. The shell never imports kubernetes-models for this,
 * so a change of its version changes nothing until this script is run again:
 *
 *   npx tsx scripts/generate-explain-docs.ts
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "..");
const MODELS = join(ROOT, "node_modules/kubernetes-models");
const OUT = join(ROOT, "lib/kubectl/explain/explain-docs.json");

/** [group ("" for core), version, Kind, file under kubernetes-models]. */
const KINDS: readonly (readonly [string, string, string, string])[] = [
  ["", "v1", "Pod", "v1/Pod"], ["", "v1", "Service", "v1/Service"], ["", "v1", "ConfigMap", "v1/ConfigMap"],
  ["", "v1", "Secret", "v1/Secret"], ["", "v1", "Namespace", "v1/Namespace"], ["", "v1", "Node", "v1/Node"],
  ["", "v1", "PersistentVolume", "v1/PersistentVolume"], ["", "v1", "PersistentVolumeClaim", "v1/PersistentVolumeClaim"],
  ["", "v1", "ServiceAccount", "v1/ServiceAccount"], ["", "v1", "Endpoints", "v1/Endpoints"], ["", "v1", "Event", "v1/Event"],
  ["", "v1", "ResourceQuota", "v1/ResourceQuota"], ["", "v1", "LimitRange", "v1/LimitRange"], ["", "v1", "ReplicationController", "v1/ReplicationController"],
  ["apps", "v1", "Deployment", "apps/v1/Deployment"], ["apps", "v1", "ReplicaSet", "apps/v1/ReplicaSet"],
  ["apps", "v1", "StatefulSet", "apps/v1/StatefulSet"], ["apps", "v1", "DaemonSet", "apps/v1/DaemonSet"],
  ["batch", "v1", "Job", "batch/v1/Job"], ["batch", "v1", "CronJob", "batch/v1/CronJob"],
  ["networking.k8s.io", "v1", "Ingress", "networking.k8s.io/v1/Ingress"], ["networking.k8s.io", "v1", "IngressClass", "networking.k8s.io/v1/IngressClass"],
  ["networking.k8s.io", "v1", "NetworkPolicy", "networking.k8s.io/v1/NetworkPolicy"],
  ["autoscaling", "v2", "HorizontalPodAutoscaler", "autoscaling/v2/HorizontalPodAutoscaler"],
  ["rbac.authorization.k8s.io", "v1", "Role", "rbac.authorization.k8s.io/v1/Role"], ["rbac.authorization.k8s.io", "v1", "RoleBinding", "rbac.authorization.k8s.io/v1/RoleBinding"],
  ["rbac.authorization.k8s.io", "v1", "ClusterRole", "rbac.authorization.k8s.io/v1/ClusterRole"], ["rbac.authorization.k8s.io", "v1", "ClusterRoleBinding", "rbac.authorization.k8s.io/v1/ClusterRoleBinding"],
  ["storage.k8s.io", "v1", "StorageClass", "storage.k8s.io/v1/StorageClass"], ["policy", "v1", "PodDisruptionBudget", "policy/v1/PodDisruptionBudget"],
  ["scheduling.k8s.io", "v1", "PriorityClass", "scheduling.k8s.io/v1/PriorityClass"], ["discovery.k8s.io", "v1", "EndpointSlice", "discovery.k8s.io/v1/EndpointSlice"],
];

const API_VERSION = "APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources";
const KIND = "Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds";

/** Named scalar types: what `kubectl explain` shows for them (OpenAPI v3 gives Time a string type; Quantity and IntOrString none). */
const SCALARS: Readonly<Record<string, string>> = { Quantity: "=Quantity", IntOrString: "=IntOrString", Time: "string", MicroTime: "string" };

/** A field: [name, type, required (1) or not (0), description, enum values?]. Types: string, integer, number, boolean, []T, map[string]T, #Key (an object type), =Name (a named scalar). */
type Field = [string, string, 0 | 1, string] | [string, string, 0 | 1, string, string[]];
interface TypeDoc { n: string; d: string; f: Field[] }

const types: Record<string, TypeDoc> = {};
const pending: { key: string; file: string; id: string }[] = [];

function docText(comment: string): string {
  return comment.replace(/^\/\*\*\s*\n?/, "").replace(/\s*\*\/$/, "").split("\n")
    .map((l) => l.replace(/^\s*\* ?/, "")).join("\n").trim()
    .replace(/\\\*/g, "*").replace(/\*\\\//g, "*/");
}

function fileFor(from: string, spec: string): string {
  const base = spec.startsWith(".") ? join(dirname(from), spec) : join(ROOT, "node_modules", spec);
  return `${base.replace(/\.js$/, "")}.d.ts`;
}

const displayName = (id: string): string => /V\d+(?:alpha\d+|beta\d+)?(?=[A-Z])(?!.*V\d+(?:alpha\d+|beta\d+)?[A-Z])(.+)$/.exec(id)?.[1] ?? id.replace(/^I+/, "");

function typeOf(raw: string, imports: Map<string, string>, file: string): { type: string; enum?: string[] } {
  const t = raw.trim();
  const array = /^Array<(.+)>$/s.exec(t);
  if (array) { const inner = typeOf(array[1] ?? "", imports, file); return { type: `[]${inner.type}` }; }
  const map = /^\{\s*\[key: string\]: (.+?);?\s*\}$/s.exec(t);
  if (map) return { type: `map[string]${typeOf(map[1] ?? "", imports, file).type}` };
  if (t === "string" || t === "boolean") return { type: t };
  if (t === "number") return { type: "integer" };
  if (/^"[^"]*"(\s*\|\s*"[^"]*")*$/.test(t)) return { type: "string", enum: [...t.matchAll(/"([^"]*)"/g)].map((m) => m[1] ?? "") };
  if (t === "any" || t === "object") return { type: "Object" };
  const source = imports.get(t);
  if (!source) return { type: "Object" };
  const scalar = ["MicroTime", "Time", "Quantity", "IntOrString"].find((s) => t.endsWith(s));
  if (scalar) return { type: SCALARS[scalar] ?? "string" };
  const key = t.replace(/^IIoK8s/, "");
  if (!types[key] && !pending.some((p) => p.key === key)) pending.push({ key, file: source, id: t });
  return { type: `#${key}` };
}

/** Members of the first `export interface` in a .d.ts: JSDoc, name, optional mark and type text. */
function parseInterface(text: string): { doc: string; members: { doc: string; name: string; optional: boolean; type: string }[] } | undefined {
  const start = text.search(/export interface \w+[^{]*\{/);
  if (start < 0) return undefined;
  const before = text.slice(0, start);
  const docMatch = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*$/.exec(before);
  const open = text.indexOf("{", start);
  let depth = 0, i = open, end = open;
  for (; i < text.length; i += 1) { if (text[i] === "{") depth += 1; else if (text[i] === "}") { depth -= 1; if (depth === 0) { end = i; break; } } }
  const body = text.slice(open + 1, end);
  const members: { doc: string; name: string; optional: boolean; type: string }[] = [];
  const re = /(\/\*\*[\s\S]*?\*\/)?\s*"([^"]+)"(\?)?:\s*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body))) {
    let j = re.lastIndex, d = 0;
    for (; j < body.length; j += 1) { const ch = body[j]; if (ch === "{" || ch === "<") d += 1; else if (ch === "}" || ch === ">") d -= 1; else if (ch === ";" && d === 0) break; }
    members.push({ doc: m[1] ? docText(m[1]) : "", name: m[2] ?? "", optional: m[3] === "?", type: body.slice(re.lastIndex, j) });
    re.lastIndex = j + 1;
  }
  return { doc: docMatch ? docText(`/**${docMatch[1] ?? ""}*/`) : "", members };
}

function importsOf(text: string, file: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of text.matchAll(/import \{ ([^}]+) \} from "([^"]+)";/g)) for (const name of (m[1] ?? "").split(",").map((s) => s.trim())) map.set(name, fileFor(file, m[2] ?? ""));
  return map;
}

function readType(key: string, file: string, id: string, topLevel: boolean): void {
  if (!existsSync(file)) throw new Error(`missing ${file}`);
  const text = readFileSync(file, "utf8");
  const parsed = parseInterface(text);
  const imports = importsOf(text, file);
  const fields: Field[] = [];
  for (const m of parsed?.members ?? []) {
    if (topLevel && (m.name === "apiVersion" || m.name === "kind")) { fields.push([m.name, "string", 0, m.name === "kind" ? KIND : API_VERSION]); continue; }
    const t = typeOf(m.type, imports, file);
    fields.push(t.enum ? [m.name, t.type, m.optional ? 0 : 1, m.doc, t.enum] : [m.name, t.type, m.optional ? 0 : 1, m.doc]);
  }
  fields.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  types[key] = { n: displayName(id), d: parsed?.doc ?? "", f: fields };
}

const kinds: Record<string, { g: string; v: string; t: string }> = {};
for (const [group, version, kind, path] of KINDS) {
  const key = `${group || "core"}.${version}.${kind}`;
  readType(key, join(MODELS, `${path}.d.ts`), `I${kind}`, true);
  kinds[kind] = { g: group, v: version, t: key };
}
for (let next = pending.shift(); next; next = pending.shift()) if (!types[next.key]) readType(next.key, next.file, next.id, false);

const sorted = Object.fromEntries(Object.entries(types).sort(([a], [b]) => (a < b ? -1 : 1)));
const version = (JSON.parse(readFileSync(join(MODELS, "package.json"), "utf8")) as { version: string }).version;
writeFileSync(OUT, `${JSON.stringify({ source: `kubernetes-models ${version}`, kinds, types: sorted })}\n`);
console.log(`wrote ${OUT}: ${Object.keys(kinds).length} kinds, ${Object.keys(types).length} types, ${Math.round(readFileSync(OUT).length / 1024)} KiB`);
