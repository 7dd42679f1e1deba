/** The settled cluster as the diagnosis rules read it: lookups by kind and name, owners, pod groups. */
import type { ApiError } from "../admission";
import type { KubeObject } from "../object";
import type { ClusterEvent } from "../runtime/events";
import { isPod, type Pod } from "../types";
import type { DiagnosisContext, PodGroup } from "./problem";

const key = (kind: string, ns: string | undefined, name: string): string => `${kind}/${ns ?? ""}/${name}`;

export function diagnosisContext(objects: readonly KubeObject[], systemObjects: readonly KubeObject[], events: () => readonly ClusterEvent[], applyWarnings: readonly ApiError[]): DiagnosisContext {
  const byKey = new Map<string, KubeObject>();
  const byKind = new Map<string, KubeObject[]>();
  for (const o of [...systemObjects, ...objects]) {
    byKey.set(key(o.kind, o.metadata.namespace, o.metadata.name ?? ""), o);
    let list = byKind.get(o.kind);
    if (!list) byKind.set(o.kind, (list = []));
    list.push(o);
  }
  const ownerOf = (o: KubeObject): KubeObject => {
    let current = o;
    for (let depth = 0; depth < 5; depth += 1) {
      const ref = current.metadata.ownerReferences?.find((r) => r.controller) ?? current.metadata.ownerReferences?.[0];
      const owner = ref ? byKey.get(key(ref.kind, current.metadata.namespace, ref.name)) : undefined;
      if (!owner) return current;
      current = owner;
    }
    return current;
  };
  let groups: PodGroup[] | undefined;
  return {
    objects,
    list: (kind, namespace) => (byKind.get(kind) ?? []).filter((o) => namespace === undefined || (o.metadata.namespace ?? "default") === namespace),
    get: (kind, namespace, name) => byKey.get(key(kind, namespace, name)),
    pods: (namespace) => (byKind.get("Pod") ?? []).filter((p): p is Pod => isPod(p) && (p.metadata.namespace ?? "default") === namespace && !p.metadata.deletionTimestamp),
    ownerOf,
    podGroups: () => {
      if (groups) return groups;
      const map = new Map<KubeObject, Pod[]>();
      for (const p of byKind.get("Pod") ?? []) {
        if (!isPod(p) || p.metadata.deletionTimestamp) continue;
        const owner = ownerOf(p);
        let pods = map.get(owner);
        if (!pods) map.set(owner, (pods = []));
        pods.push(p);
      }
      return (groups = [...map].map(([owner, pods]) => ({ owner, pods })));
    },
    events,
    applyWarnings,
  };
}
