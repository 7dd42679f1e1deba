/** How a problem names its object and finds a pod's field in the workload that declares the pod. */
import type { KubeObject } from "../object";

const TEMPLATE_PATH: Readonly<Record<string, string>> = {
  Deployment: "spec.template.", ReplicaSet: "spec.template.", StatefulSet: "spec.template.", DaemonSet: "spec.template.",
  Job: "spec.template.", ReplicationController: "spec.template.", CronJob: "spec.jobTemplate.spec.template.",
};

export function objectLabel(o: KubeObject): string {
  const ns = o.metadata.namespace;
  return `${o.kind}/${o.metadata.name ?? ""}${ns && ns !== "default" ? ` -n ${ns}` : ""}`;
}

/** A pod-spec path (`spec.containers[0]`) as the path in `owner`, which declares the pod. */
export function podPathIn(owner: KubeObject, podPath: string): string {
  const prefix = TEMPLATE_PATH[owner.kind];
  return prefix ? `${prefix}${podPath}` : podPath;
}
