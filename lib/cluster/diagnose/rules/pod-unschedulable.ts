/** pod-unschedulable: the scheduler finds no node for the pod; the scheduler's own reasons, and what to change. */
import { podPathIn } from "../paths";
import { podsOf, verb, type DiagnosisRule, type Finding } from "../problem";

function fixFor(message: string): string {
  if (/Insufficient (cpu|memory|ephemeral-storage)/.test(message)) return "Lower the containers' resources.requests, run fewer replicas, or add nodes: requests must fit in a node's allocatable capacity.";
  if (/Insufficient /.test(message)) return "No node advertises that extended resource: remove the request, or run on nodes whose device plugin provides it.";
  if (message.includes("free ports")) return "Two pods cannot use the same hostPort on one node: drop hostPort (use a Service instead) or run at most one such pod per node.";
  if (message.includes("node affinity/selector")) return "No node has the labels the pod's nodeSelector or node affinity asks for: fix the labels asked for, or label a node (kubectl label node …).";
  if (message.includes("taint")) return "Add a toleration for the node's taint, or remove the taint from a node.";
  if (message.includes("PersistentVolumeClaim") || message.includes("persistentvolumeclaim")) return "Create the claim the pod mounts, or make it bindable (a matching PersistentVolume or StorageClass).";
  if (message.includes("anti-affinity") || message.includes("affinity") || message.includes("topology spread")) return "Relax the pod (anti-)affinity or topology spread constraints, or add nodes in other domains.";
  return "Read the scheduler's reasons above and change the pod's constraints or the nodes.";
}

export const podUnschedulable: DiagnosisRule = {
  meta: { id: "pod-unschedulable", title: "no node can run the pod", severity: "error" },
  check(ctx) {
    const out: Finding[] = [];
    for (const group of ctx.podGroups()) {
      const pending = group.pods.filter((p) => p.status?.conditions?.some((c) => c.type === "PodScheduled" && c.status === "False"));
      const first = pending[0];
      if (!first) continue;
      const message = first.status?.conditions?.find((c) => c.type === "PodScheduled")?.message ?? "unschedulable";
      const count = group.owner.kind === "Pod" ? "" : ` (${pending.length} of ${group.pods.length})`;
      out.push({ object: group.owner, path: podPathIn(group.owner, "spec"), message: `${podsOf(group)}${count} ${verb(group, "stays", "stay")} Pending: ${message}`, fix: fixFor(message) });
    }
    return out;
  },
};
