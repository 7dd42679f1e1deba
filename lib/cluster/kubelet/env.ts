/**
 * A container's environment as the kubelet resolves it: literal values, ConfigMap and Secret keys
 * (Secrets base64-decoded), envFrom, the downward API. Each variable remembers where it came from, so a
 * check can tell "DB_PASSWORD came from Secret db-creds". A missing object or key gives the kubelet's
 * CreateContainerConfigError message.
 */
import type { KubeObject } from "../object";
import type { Store } from "../store/store";
import { keyOf } from "../store/keys";
import { record, type Container, type Pod } from "../types";
import { containerLimit, containerRequest } from "../util/pod-resources";

export type EnvSource =
  | { readonly kind: "literal" }
  | { readonly kind: "ConfigMap" | "Secret"; readonly name: string; readonly key: string; readonly via: "valueFrom" | "envFrom" }
  | { readonly kind: "field"; readonly path: string }
  | { readonly kind: "resource"; readonly resource: string };

export interface ResolvedEnvVar {
  readonly name: string;
  readonly value: string;
  readonly source: EnvSource;
}

export type EnvResult = { readonly ok: true; readonly env: ResolvedEnvVar[] } | { readonly ok: false; readonly message: string };

function decodeBase64(value: string): string {
  try {
    const bin = atob(value);
    const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
    return new TextDecoder().decode(bytes);
  } catch {
    return value;
  }
}

/** The string data of a ConfigMap or Secret (Secret `data` decoded, `stringData` as written). */
export function dataOf(o: KubeObject): Record<string, string> {
  const out: Record<string, string> = {};
  const secret = o.kind === "Secret";
  for (const [k, v] of Object.entries(record(o.data) ?? {})) if (typeof v === "string") out[k] = secret ? decodeBase64(v) : v;
  for (const [k, v] of Object.entries(record(o.stringData) ?? {})) if (typeof v === "string") out[k] = v;
  if (!secret) for (const [k, v] of Object.entries(record(o.binaryData) ?? {})) if (typeof v === "string") out[k] = decodeBase64(v);
  return out;
}

function fieldValue(pod: Pod, path: string, podIP: string | undefined): string {
  const m = /^metadata\.(labels|annotations)\['(.+)'\]$/.exec(path);
  if (m) return (m[1] === "labels" ? pod.metadata.labels : pod.metadata.annotations)?.[m[2] ?? ""] ?? "";
  switch (path) {
    case "metadata.name": return pod.metadata.name ?? "";
    case "metadata.namespace": return pod.metadata.namespace ?? "default";
    case "metadata.uid": return pod.metadata.uid ?? "";
    case "spec.nodeName": return pod.spec.nodeName ?? "";
    case "spec.serviceAccountName": return pod.spec.serviceAccountName ?? "default";
    case "status.podIP": return podIP ?? pod.status?.podIP ?? "";
    case "status.hostIP": return pod.status?.hostIP ?? "";
    default: return "";
  }
}

function kindWord(kind: "ConfigMap" | "Secret"): string {
  return kind === "ConfigMap" ? "configmap" : "secret";
}

export function resolveEnv(store: Store, pod: Pod, container: Container, podIP?: string): EnvResult {
  const ns = pod.metadata.namespace ?? "default";
  if (!container.envFrom && !container.env) return { ok: true, env: [] };
  const env = new Map<string, ResolvedEnvVar>();
  const lookup = (kind: "ConfigMap" | "Secret", name: string): KubeObject | undefined => store.get(keyOf(kind, ns, name));
  for (const from of container.envFrom ?? []) {
    const ref = from.configMapRef ?? from.secretRef;
    const kind = from.configMapRef ? "ConfigMap" : "Secret";
    if (!ref) continue;
    const o = lookup(kind, ref.name ?? "");
    if (!o) {
      if (ref.optional) continue;
      return { ok: false, message: `${kindWord(kind)} "${ref.name ?? ""}" not found` };
    }
    for (const [key, value] of Object.entries(dataOf(o))) {
      const name = `${from.prefix ?? ""}${key}`;
      env.set(name, { name, value, source: { kind, name: ref.name ?? "", key, via: "envFrom" } });
    }
  }
  for (const v of container.env ?? []) {
    const from = v.valueFrom;
    if (!from) {
      env.set(v.name, { name: v.name, value: expand(v.value ?? "", env), source: { kind: "literal" } });
      continue;
    }
    const keyRef = from.configMapKeyRef ?? from.secretKeyRef;
    if (keyRef) {
      const kind = from.configMapKeyRef ? "ConfigMap" : "Secret";
      const o = lookup(kind, keyRef.name ?? "");
      const value = o ? dataOf(o)[keyRef.key] : undefined;
      if (value === undefined) {
        if (keyRef.optional) continue;
        return { ok: false, message: o ? `couldn't find key ${keyRef.key} in ${kind} ${ns}/${keyRef.name ?? ""}` : `${kindWord(kind)} "${keyRef.name ?? ""}" not found` };
      }
      env.set(v.name, { name: v.name, value, source: { kind, name: keyRef.name ?? "", key: keyRef.key, via: "valueFrom" } });
    } else if (from.fieldRef) {
      env.set(v.name, { name: v.name, value: fieldValue(pod, from.fieldRef.fieldPath, podIP), source: { kind: "field", path: from.fieldRef.fieldPath } });
    } else if (from.resourceFieldRef) {
      const target = pod.spec.containers.find((c) => c.name === (from.resourceFieldRef?.containerName ?? container.name)) ?? container;
      const [kind, res] = from.resourceFieldRef.resource.split(".");
      const amount = kind === "limits" ? containerLimit(target, res ?? "") : containerRequest(target, res ?? "");
      const value = res === "cpu" ? String(Math.max(1, Math.ceil((amount ?? 0) / 1000))) : String(amount ?? 0);
      env.set(v.name, { name: v.name, value, source: { kind: "resource", resource: from.resourceFieldRef.resource } });
    }
  }
  return { ok: true, env: [...env.values()] };
}

/** `$(VAR)` references to earlier variables, as the kubelet expands them. */
function expand(value: string, env: ReadonlyMap<string, ResolvedEnvVar>): string {
  return value.replace(/\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g, (whole, name: string) => env.get(name)?.value ?? whole);
}
