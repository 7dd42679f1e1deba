/** Changing one stored object for label/annotate/set/rollout/scale: copy, change, write, settle. */
import type { KubeObject } from "../../cluster";
import { KubectlError, type Invocation } from "./command";
import { settle } from "./objects";

type Mutable = Record<string, unknown>;

/** A deep copy the command may change freely (stored objects are frozen). */
export function editable(o: KubeObject): KubeObject {
  return structuredClone(o) as KubeObject;
}

export function writeBack(inv: Invocation, next: KubeObject): void {
  if (!inv.cluster.update(next)) throw new KubectlError(`Error from server (NotFound): ${next.kind.toLowerCase()} "${next.metadata.name ?? ""}" not found`);
  settle(inv.cluster);
}

/** The pod template's spec of a workload (or the pod's own spec), to change containers in. */
export function podSpecOf(o: KubeObject): Mutable | undefined {
  const spec = o.spec as Mutable | undefined;
  if (!spec) return undefined;
  if (o.kind === "Pod") return spec;
  if (o.kind === "CronJob") return ((((spec.jobTemplate as Mutable | undefined)?.spec as Mutable | undefined)?.template as Mutable | undefined)?.spec as Mutable | undefined);
  return ((spec.template as Mutable | undefined)?.spec as Mutable | undefined);
}

export function containersOf(o: KubeObject): Mutable[] {
  const podSpec = podSpecOf(o);
  return [...((podSpec?.initContainers as Mutable[] | undefined) ?? []), ...((podSpec?.containers as Mutable[] | undefined) ?? [])];
}
