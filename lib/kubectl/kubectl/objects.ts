/**
 * Reading and writing objects for kubectl commands: finding them (NotFound in the API server's
 * words), settling the cluster after a change, the virtual clock for AGE, `-o` dry runs, and API
 * errors worded as kubectl prints them.
 */
import type { Cluster, KubeObject } from "../../cluster";
import { KubectlError, type Invocation } from "./command";
import { parseSelector } from "./selector";
import { kindPrefix, qualifiedName, resolveResource, resourceOfKind, type ApiResource } from "./resources";
import type { Clock } from "../printers/columns";

export function clockOf(cluster: Cluster): Clock {
  const start = Date.parse(cluster.iso(0));
  return { now: cluster.now, secondsOf: (iso) => (iso ? (Date.parse(iso) - start) / 1000 : cluster.now) };
}

export function resourceOrThrow(typed: string): ApiResource {
  const r = resolveResource(typed);
  if (!r) throw new KubectlError(`error: the server doesn't have a resource type "${typed}"`);
  return r;
}

export function notFound(r: ApiResource, name: string): KubectlError {
  return new KubectlError(`Error from server (NotFound): ${qualifiedName(r)} "${name}" not found`);
}

export function namespaceOf(inv: Invocation, r: ApiResource): string | undefined {
  return r.namespaced ? inv.namespace : undefined;
}

export function getOrThrow(inv: Invocation, r: ApiResource, name: string): KubeObject {
  const o = inv.cluster.get(r.kind, namespaceOf(inv, r), name);
  if (!o) throw notFound(r, name);
  return o;
}

/** `deployment.apps/web` */
export function displayName(o: KubeObject): string {
  const r = resourceOfKind(o.kind);
  return `${r ? kindPrefix(r) : o.kind.toLowerCase()}/${o.metadata.name ?? ""}`;
}

/** `TYPE NAME…` or `TYPE/NAME…` into resources and names (a TYPE alone gives no names). */
export function parseTargets(args: readonly string[]): { resource: ApiResource; names: string[] }[] {
  if (args.length === 0) return [];
  if (args.some((a) => a.includes("/"))) {
    return args.map((a) => {
      const slash = a.indexOf("/");
      if (slash < 0) throw new KubectlError("error: there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'");
      return { resource: resourceOrThrow(a.slice(0, slash)), names: [a.slice(slash + 1)] };
    });
  }
  const [types = "", ...names] = args;
  return types.split(",").map((t) => ({ resource: resourceOrThrow(t), names }));
}

export type DryRun = "none" | "client" | "server";

export function dryRunOf(inv: Invocation): DryRun {
  if (!inv.flags.has("dry-run")) return "none";
  const v = inv.flags.string("dry-run");
  if (v === "client" || v === "server" || v === "none") return v;
  if (v === "unchanged") throw new KubectlError(`error: --dry-run flag without a value was specified. A value must be provided, one of "none", "server", or "client".`);
  throw new KubectlError(`error: Invalid dry-run value (${v}). Must be "none", "server", or "client".`);
}

export const dryRunSuffix = (d: DryRun): string => (d === "client" ? " (dry run)" : d === "server" ? " (server dry run)" : "");

/** Runs controllers, scheduler and kubelets until the change has played out. */
export function settle(cluster: Cluster): void {
  cluster.settle({ maxVirtualSeconds: 600 });
}

/** Writes objects through admission as `kubectl create`/`apply` do; returns the stored objects or kubectl's error text. */
export function writeObjects(cluster: Cluster, file: string, objects: readonly KubeObject[]): { stored: KubeObject[]; errors: string[] } {
  const result = cluster.apply([{ file, text: objects.map((o) => JSON.stringify(o)).join("\n---\n") }]);
  return { stored: result.accepted, errors: formatApiErrors(result.errors, "creating") };
}

interface ApiErrorLike { file: string; object: string; path: string; message: string }

/** API errors as kubectl prints them: one "is invalid" block per object, NotFound and strict-decoding errors as the server words them. */
export function formatApiErrors(errors: readonly ApiErrorLike[], verb: "creating" | "applying" | "replacing"): string[] {
  const out: string[] = [];
  const invalid = new Map<string, string[]>();
  for (const e of errors) {
    const [kind = "", name = ""] = e.object.split("/");
    const ns = /^(namespaces "[^"]*" not found)/.exec(e.message);
    if (ns) { out.push(`Error from server (NotFound): error when ${verb} "${e.file}": ${ns[1] ?? ""}`); continue; }
    if (e.message.startsWith("unknown field")) {
      const field = /^unknown field "[^"]*"/.exec(e.message)?.[0] ?? e.message;
      out.push(`Error from server (BadRequest): error when ${verb} "${e.file}": ${kind} in version "${(resourceOfKind(kind)?.apiVersion ?? "v1").split("/").pop() ?? "v1"}" cannot be handled as a ${kind}: strict decoding error: ${field}`);
      continue;
    }
    if (/already exists/.test(e.message)) {
      const r = resourceOfKind(kind);
      out.push(`Error from server (AlreadyExists): error when ${verb} "${e.file}": ${r ? qualifiedName(r) : kind} "${name}" already exists`);
      continue;
    }
    if (!kind || !name) { out.push(`error: error parsing ${e.file}: ${e.message}`); continue; }
    const key = `${kind}\u0000${name}`;
    invalid.set(key, [...(invalid.get(key) ?? []), e.path && !e.message.startsWith(e.path) ? `${e.path}: ${e.message}` : e.message]);
  }
  for (const [key, messages] of invalid) {
    const [kind, name] = key.split("\u0000");
    out.push(messages.length === 1 ? `The ${kind ?? ""} "${name ?? ""}" is invalid: ${messages[0] ?? ""}` : `The ${kind ?? ""} "${name ?? ""}" is invalid: \n${messages.map((m) => `* ${m}`).join("\n")}`);
  }
  return out;
}

/**
 * The objects a command acts on: `TYPE NAME…`, `TYPE/NAME…`, or every object of TYPE matching
 * `-l SELECTOR` / `--all` (for commands that take those flags); kubectl's error when none is named.
 */
export function selectObjects(inv: Invocation, args: readonly string[]): KubeObject[] {
  const out: KubeObject[] = [];
  for (const { resource, names } of parseTargets(args)) {
    if (names.length > 0) { for (const name of names) out.push(getOrThrow(inv, resource, name)); continue; }
    const bySelector = inv.command.flags.some((f) => f.name === "selector") && inv.flags.has("selector");
    const all = inv.command.flags.some((f) => f.name === "all") && inv.flags.bool("all");
    if (!bySelector && !all) throw new KubectlError("error: resource(s) were provided, but no name was specified");
    const matches = bySelector ? parseSelector(inv.flags.string("selector")) : undefined;
    out.push(...inv.cluster.list(resource.kind, namespaceOf(inv, resource)).filter((o) => !matches || matches(o.metadata.labels)));
  }
  return out;
}
