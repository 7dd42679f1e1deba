/** What the rollout commands share: the Deployment (or other workload) and its ReplicaSets by revision. */
import type { KubeObject } from "../../cluster";
import { KubectlError, type Invocation } from "./command";
import { getOrThrow, parseTargets } from "./objects";

export const REVISION = "deployment.kubernetes.io/revision";
const ROLLABLE = ["Deployment", "DaemonSet", "StatefulSet"];

export function rolloutTarget(inv: Invocation): KubeObject {
  const targets = parseTargets(inv.args);
  const t = targets[0];
  const name = t?.names[0];
  if (!t || !name) throw new KubectlError(`error: required resource not specified\nSee 'kubectl ${inv.command.path} -h' for help and examples`);
  if (!ROLLABLE.includes(t.resource.kind)) throw new KubectlError(`error: no ${inv.command.path.split(" ")[1] ?? ""} has been implemented for "${t.resource.kind}"`);
  return getOrThrow(inv, t.resource, name);
}

/** The ReplicaSets a Deployment owns, oldest revision first. */
export function revisionsOf(inv: Invocation, deployment: KubeObject): { revision: number; rs: KubeObject }[] {
  return inv.cluster.list("ReplicaSet", deployment.metadata.namespace)
    .filter((rs) => rs.metadata.ownerReferences?.some((r) => r.kind === "Deployment" && r.name === deployment.metadata.name))
    .map((rs) => ({ revision: Number(rs.metadata.annotations?.[REVISION] ?? 0), rs }))
    .sort((a, b) => a.revision - b.revision);
}
