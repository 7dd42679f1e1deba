/** pod-mount-failed: a pod stuck in ContainerCreating because a volume cannot be mounted (its FailedMount event). */
import { podPathIn } from "../paths";
import { podsOf, verb, type DiagnosisRule, type Finding } from "../problem";

function fixFor(message: string): string {
  if (/configmap ".*" not found|secret ".*" not found/.test(message)) return "Create the ConfigMap or Secret the volume names in the pod's namespace, or mark the volume optional: true.";
  if (message.includes("timed out waiting for the condition")) return "The PersistentVolumeClaim the pod mounts is not Bound: see the claim's events.";
  if (message.includes("nfs") || message.includes("iscsi") || message.includes("fc disk")) return "The nodes cannot reach that storage server: use a PersistentVolumeClaim of the cluster's StorageClass (or an emptyDir for scratch space).";
  return "This cluster has no driver for that volume type: use a PersistentVolumeClaim of the cluster's StorageClass instead.";
}

export const podMountFailed: DiagnosisRule = {
  meta: { id: "pod-mount-failed", title: "a volume cannot be mounted", severity: "error" },
  check(ctx) {
    const out: Finding[] = [];
    const failedMounts = new Map<string, string>();
    for (const e of ctx.events()) if (e.reason === "FailedMount" && e.involvedObject.kind === "Pod") failedMounts.set(`${e.involvedObject.namespace ?? "default"}/${e.involvedObject.name}`, e.message);
    for (const group of ctx.podGroups()) {
      const stuck = group.pods.find((p) => p.spec.nodeName && p.status?.phase === "Pending" && failedMounts.has(`${p.metadata.namespace ?? "default"}/${p.metadata.name ?? ""}`) && (p.status.containerStatuses ?? []).every((s) => !s.state.running && !s.state.terminated));
      if (!stuck) continue;
      const message = failedMounts.get(`${stuck.metadata.namespace ?? "default"}/${stuck.metadata.name ?? ""}`) ?? "";
      const volume = /volumes?[ =]+\[?"?([a-z0-9-]+)/.exec(message)?.[1];
      const index = (stuck.spec.volumes ?? []).findIndex((v) => v.name === volume);
      out.push({
        object: group.owner, path: podPathIn(group.owner, index >= 0 ? `spec.volumes[${index}]` : "spec.volumes"),
        message: `${podsOf(group)} ${verb(group, "stays", "stay")} ContainerCreating: ${message}`,
        fix: fixFor(message),
      });
    }
    return out;
  },
};
