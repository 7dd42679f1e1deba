/**
 * `kubectl drain NODE [--ignore-daemonsets] [--delete-emptydir-data] [--force]`: cordons, refuses
 * the pods kubectl refuses (DaemonSet-managed, bare, emptyDir) unless told, and evicts the rest
 * through the engine's Eviction API (a PodDisruptionBudget holds evictions back).
 */
import type { KubeObject } from "../../cluster";
import type { KubectlCommand } from "../kubectl/command";
import { KubectlError } from "../kubectl/command";
import { settle } from "../kubectl/objects";

const owner = (p: KubeObject): string | undefined => p.metadata.ownerReferences?.find((r) => (r as { controller?: boolean }).controller !== false)?.kind;

export const command: KubectlCommand = {
  path: "drain",
  short: "Drain node in preparation for maintenance",
  usage: "kubectl drain NODE [options]",
  flags: [
    { name: "ignore-daemonsets", type: "bool" }, { name: "delete-emptydir-data", type: "bool" }, { name: "force", type: "bool" },
    { name: "grace-period", type: "int", default: -1 }, { name: "timeout", type: "string" },
  ],
  run: (inv) => {
    const name = inv.args[0];
    if (!name) throw new KubectlError("error: USAGE: drain NODE [flags]\nSee 'kubectl drain -h' for help and examples");
    const node = inv.cluster.get("Node", undefined, name);
    if (!node) throw new KubectlError(`Error from server (NotFound): nodes "${name}" not found`);
    const pods = inv.cluster.list("Pod").filter((p) => (p.spec as { nodeName?: string } | undefined)?.nodeName === name && !p.metadata.deletionTimestamp);
    const ds = pods.filter((p) => owner(p) === "DaemonSet");
    const bare = pods.filter((p) => !owner(p));
    const local = pods.filter((p) => owner(p) !== "DaemonSet" && ((p.spec as { volumes?: { emptyDir?: unknown }[] }).volumes ?? []).some((v) => v.emptyDir !== undefined));
    const ref = (p: KubeObject): string => `${p.metadata.namespace ?? ""}/${p.metadata.name ?? ""}`;
    const problems: string[] = [];
    if (ds.length > 0 && !inv.flags.bool("ignore-daemonsets")) problems.push(`cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore): ${ds.map(ref).join(", ")}`);
    if (bare.length > 0 && !inv.flags.bool("force")) problems.push(`cannot delete Pods that declare no controller (use --force to override): ${bare.map(ref).join(", ")}`);
    if (local.length > 0 && !inv.flags.bool("delete-emptydir-data")) problems.push(`cannot delete Pods with local storage (use --delete-emptydir-data to override): ${local.map(ref).join(", ")}`);
    const wasCordoned = (node.spec as { unschedulable?: boolean } | undefined)?.unschedulable === true;
    inv.cluster.cordon(name);
    let out = `node/${name} ${wasCordoned ? "already cordoned" : "cordoned"}\n`;
    if (problems.length > 0) {
      const joined = problems.length === 1 ? problems[0] ?? "" : `[${problems.join(", ")}]`;
      return { stdout: out, stderr: `error: unable to drain node "${name}" due to error: ${joined}, continuing command...\nThere are pending nodes to be drained:\n ${name}\n${problems.join("\n")}\n`, code: 1 };
    }
    let err = "";
    if (ds.length > 0) err += `Warning: ignoring DaemonSet-managed Pods: ${ds.map(ref).join(", ")}\n`;
    if (bare.length > 0) err += `Warning: deleting Pods that declare no controller: ${bare.map(ref).join(", ")}\n`;
    const result = inv.cluster.drain(name);
    for (const p of pods.filter((x) => owner(x) !== "DaemonSet")) out += `evicting pod ${ref(p)}\n`;
    for (const refusal of result.refused) err += `error when evicting pods/"${refusal.pod}" -n "${refusal.namespace}" (will retry after 5s): ${refusal.message}\n`;
    settle(inv.cluster);
    for (const p of pods.filter((x) => owner(x) !== "DaemonSet")) {
      if (!inv.cluster.get("Pod", p.metadata.namespace, p.metadata.name ?? "")) out += `pod/${p.metadata.name ?? ""} evicted\n`;
    }
    const left = inv.cluster.list("Pod").filter((p) => (p.spec as { nodeName?: string } | undefined)?.nodeName === name && owner(p) !== "DaemonSet");
    if (left.length === 0) out += `node/${name} drained\n`;
    else err += `error: unable to drain node "${name}": ${left.length} pod(s) could not be evicted yet (a PodDisruptionBudget allows no disruption); run the drain again once replacements are Ready\n`;
    // kubectl warns about what it ignores before it starts evicting.
    return { stdout: out, stderr: err, code: left.length === 0 ? 0 : 1, stderrFirst: err.startsWith("Warning") };
  },
};
