/** Store keys: `Kind/namespace/name` (namespace empty for cluster-scoped objects). */
import type { KubeObject } from "../object";

export function keyOf(kind: string, namespace: string | undefined, name: string): string {
  return `${kind}/${namespace ?? ""}/${name}`;
}

export function objectKey(o: KubeObject): string {
  return keyOf(o.kind, o.metadata.namespace, o.metadata.name ?? "");
}

export function parseKey(key: string): { kind: string; namespace: string | undefined; name: string } {
  const first = key.indexOf("/");
  const second = key.indexOf("/", first + 1);
  const namespace = key.slice(first + 1, second);
  return { kind: key.slice(0, first), namespace: namespace === "" ? undefined : namespace, name: key.slice(second + 1) };
}

/** `kind/name` as kubectl names objects in messages (`pod/web-1`, `deployment.apps/web`). */
export function displayName(o: KubeObject): string {
  return `${o.kind}/${o.metadata.name ?? ""}`;
}
