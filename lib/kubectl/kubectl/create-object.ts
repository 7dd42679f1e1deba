/**
 * The end of every imperative create (`create deployment`, `run`, `expose` …): print the object for
 * `--dry-run=client -o yaml`, refuse a name that is taken (AlreadyExists), write it through
 * admission, settle, and print `deployment.apps/web created`.
 */
import type { KubeObject } from "../../cluster";
import { printObjects, validateOutput } from "../printers/output";
import type { CommandOutput } from "../shell/program";
import { KubectlError, type Invocation } from "./command";
import { clockOf, displayName, dryRunOf, dryRunSuffix, formatApiErrors, settle } from "./objects";
import { qualifiedName, resourceOfKind } from "./resources";

/** What the API server is sent: kubectl's client-side `creationTimestamp: null` and empty status dropped. */
export function forServer(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(forServer);
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (k === "creationTimestamp" && v === null) continue;
    if (k === "status" && v !== null && typeof v === "object" && Object.keys(v).every((x) => x === "loadBalancer")) continue;
    out[k] = forServer(v);
  }
  return out;
}

/**
 * `failedTo` is the generator's own wrapping of server errors (`create deployment` says "failed to
 * create deployment: …"); without it the server's error is printed as is.
 */
export function printOrCreate(inv: Invocation, object: KubeObject, failedTo?: string, verb = "created"): CommandOutput {
  const dryRun = dryRunOf(inv);
  const output = inv.flags.string("output");
  validateOutput(output);
  const namespaced = resourceOfKind(object.kind)?.namespaced ?? true;
  if (namespaced && inv.flags.has("namespace")) object.metadata.namespace = inv.namespace;
  const print = (o: KubeObject): string => (output ? printObjects([o], { output, clock: clockOf(inv.cluster), single: true }) : `${displayName(o)} ${verb}${dryRunSuffix(dryRun)}\n`);
  if (dryRun === "client") return { stdout: print(object), stderr: "", code: 0 };
  const ns = namespaced ? object.metadata.namespace ?? inv.namespace : undefined;
  const name = object.metadata.name ?? "";
  if (inv.cluster.get(object.kind, ns, name)) {
    const r = resourceOfKind(object.kind);
    const message = `${r ? qualifiedName(r) : object.kind} "${name}" already exists`;
    throw new KubectlError(failedTo ? `error: failed to create ${failedTo}: ${message}` : `Error from server (AlreadyExists): ${message}`);
  }
  const sent = { ...(forServer(object) as KubeObject), metadata: { ...(forServer(object.metadata) as KubeObject["metadata"]), ...(namespaced ? { namespace: ns } : {}) } };
  if (dryRun === "server") {
    const probe = inv.cluster.snapshot();
    const result = inv.cluster.apply([{ file: "STDIN", text: JSON.stringify(sent) }]);
    const stored = result.accepted[0];
    inv.cluster.restore(probe);
    if (result.errors.length > 0 || !stored) throw new KubectlError(formatApiErrors(result.errors, "creating").map((e) => e.replace(/error when creating "STDIN": /, "")).join("\n"));
    return { stdout: print(stored), stderr: "", code: 0 };
  }
  const result = inv.cluster.apply([{ file: "STDIN", text: JSON.stringify(sent) }]);
  const stored = result.accepted[0];
  if (result.errors.length > 0 || !stored) throw new KubectlError(formatApiErrors(result.errors, "creating").map((e) => e.replace(/error when creating "STDIN": /, "")).join("\n"));
  settle(inv.cluster);
  const now = inv.cluster.get(stored.kind, stored.metadata.namespace, stored.metadata.name ?? "") ?? stored;
  return { stdout: print(now), stderr: "", code: 0 };
}

/** `nginx:1.27` → `nginx`, `registry.k8s.io/pause@sha256:…` → `pause` (kubectl's container name from an image). */
export function containerNameOf(image: string): string {
  const last = image.split("/").pop() ?? image;
  return last.split("@")[0]?.split(":")[0] ?? last;
}

export function requireName(inv: Invocation): string {
  if (inv.args.length !== 1) throw new KubectlError(`error: exactly one NAME is required, got ${inv.args.length}\nSee 'kubectl ${inv.command.path} -h' for help and examples`);
  return inv.args[0] ?? "";
}

export function requireFlag(inv: Invocation, name: string): string {
  if (!inv.flags.has(name)) throw new KubectlError(`error: required flag(s) "${name}" not set`);
  return inv.flags.string(name);
}
