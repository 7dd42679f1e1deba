/**
 * DaemonSet controller: one pod per eligible node (nodeSelector, required node affinity, taints the
 * pod tolerates; the controller adds the usual daemon tolerations, but never the control-plane one).
 * Pods carry a required node affinity on `metadata.name`, so the scheduler places them, as upstream.
 * A node added later gets its pod; RollingUpdate replaces pods node by node within maxUnavailable.
 */
import { deleteObject, writeStatus } from "../api";
import type { Runtime } from "../runtime/context";
import { objectKey } from "../store/keys";
import { isNode, num, record, type Node, type Pod, type PodTemplate, type Toleration } from "../types";
import { podTemplateHash } from "../util/hash";
import { nodeTermMatches } from "../util/labels";
import { tolerated } from "../util/taints";
import { owner, self, type Controller, type ReconcileResult } from "./controller";
import { availability, createPodFor, isReady, ownedPods, templateOf } from "./helpers";

const SOURCE = "daemonset-controller";
const HASH = "controller-revision-hash";

const DAEMON_TOLERATIONS: Toleration[] = [
  { key: "node.kubernetes.io/not-ready", operator: "Exists", effect: "NoExecute" },
  { key: "node.kubernetes.io/unreachable", operator: "Exists", effect: "NoExecute" },
  { key: "node.kubernetes.io/disk-pressure", operator: "Exists", effect: "NoSchedule" },
  { key: "node.kubernetes.io/memory-pressure", operator: "Exists", effect: "NoSchedule" },
  { key: "node.kubernetes.io/pid-pressure", operator: "Exists", effect: "NoSchedule" },
  { key: "node.kubernetes.io/unschedulable", operator: "Exists", effect: "NoSchedule" },
];

function tolerationsFor(template: PodTemplate): Toleration[] {
  const own = template.spec.tolerations ?? [];
  return [...own, ...DAEMON_TOLERATIONS.filter((d) => !own.some((t) => t.key === d.key && t.effect === d.effect))];
}

function eligible(node: Node, template: PodTemplate, tolerations: readonly Toleration[]): boolean {
  const labels = node.metadata.labels ?? {};
  for (const [k, v] of Object.entries(template.spec.nodeSelector ?? {})) if (labels[k] !== v) return false;
  const required = template.spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution;
  if (required && !required.nodeSelectorTerms.some((t) => nodeTermMatches(t, node.metadata.name ?? "", labels))) return false;
  return (node.spec.taints ?? []).every((t) => t.effect === "PreferNoSchedule" || t.key === "node.kubernetes.io/unreachable" || t.key === "node.kubernetes.io/not-ready" || tolerated(tolerations, t));
}

function targetNode(p: Pod): string | undefined {
  if (p.spec.nodeName) return p.spec.nodeName;
  const term = p.spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms[0];
  return term?.matchFields?.find((f) => f.key === "metadata.name")?.values?.[0];
}

function reconcile(key: string, rt: Runtime): ReconcileResult | void {
  const ds = rt.store.get(key);
  if (!ds || ds.metadata.deletionTimestamp) return;
  const spec = record(ds.spec) ?? {};
  const template = templateOf(spec);
  if (!template) return;
  const hash = podTemplateHash(template);
  const tolerations = tolerationsFor(template);
  const nodes = rt.store.list("Node").filter(isNode).sort((a, b) => ((a.metadata.name ?? "") < (b.metadata.name ?? "") ? -1 : 1));
  const byNode = new Map<string, Pod[]>();
  for (const p of ownedPods(rt, ds)) {
    if (p.metadata.deletionTimestamp) continue;
    const n = targetNode(p) ?? "";
    byNode.set(n, [...(byNode.get(n) ?? []), p]);
  }
  const wanted = new Set<string>();
  let misscheduled = 0;
  for (const node of nodes) {
    const name = node.metadata.name ?? "";
    const pods = byNode.get(name) ?? [];
    if (!eligible(node, template, tolerations)) {
      if (pods.some((p) => p.spec.nodeName)) misscheduled += 1;
      for (const p of pods) deleteObject(rt, objectKey(p));
      continue;
    }
    wanted.add(name);
    for (const p of pods.filter((x) => x.status?.phase === "Failed")) deleteObject(rt, objectKey(p));
    const live = pods.filter((x) => x.status?.phase !== "Failed");
    if (live.length === 0) {
      createPodFor(rt, ds, template, {
        labels: { [HASH]: hash, "pod-template-generation": String(ds.metadata.generation ?? 1) },
        specPatch: {
          tolerations,
          affinity: { ...(template.spec.affinity ?? {}), nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchFields: [{ key: "metadata.name", operator: "In", values: [name] }] }] } } },
        },
      }, SOURCE);
    }
    for (const extra of live.slice(1)) deleteObject(rt, objectKey(extra));
  }
  for (const [node, pods] of byNode) if (!wanted.has(node) && !nodes.some((n) => n.metadata.name === node)) for (const p of pods) deleteObject(rt, objectKey(p));
  // Rolling update: replace out-of-date pods while fewer than maxUnavailable are unavailable.
  const minReady = num(spec.minReadySeconds, 0);
  const mine = ownedPods(rt, ds).filter((p) => !p.metadata.deletionTimestamp && wanted.has(targetNode(p) ?? ""));
  const strategy = record(spec.updateStrategy);
  let wake: number | undefined;
  let available = 0;
  for (const p of mine) {
    const a = availability(rt, p, minReady);
    if (a.available) available += 1;
    else if (a.at !== undefined) wake = Math.min(wake ?? a.at, a.at);
  }
  if (strategy?.type !== "OnDelete") {
    const maxUnavailable = Math.max(1, num(record(strategy?.rollingUpdate)?.maxUnavailable, 1));
    let unavailable = wanted.size - available;
    for (const p of mine) {
      if (unavailable >= maxUnavailable) break;
      if (p.metadata.labels?.[HASH] === hash) continue;
      deleteObject(rt, objectKey(p));
      unavailable += 1;
    }
  }
  const current = ownedPods(rt, ds).filter((p) => !p.metadata.deletionTimestamp);
  const scheduled = current.filter((p) => p.spec.nodeName && wanted.has(p.spec.nodeName)).length;
  const status: Record<string, unknown> = {
    currentNumberScheduled: scheduled,
    desiredNumberScheduled: wanted.size,
    numberMisscheduled: misscheduled,
    numberReady: current.filter(isReady).length,
    numberAvailable: available,
    updatedNumberScheduled: current.filter((p) => p.metadata.labels?.[HASH] === hash && p.spec.nodeName).length,
    observedGeneration: ds.metadata.generation ?? 1,
  };
  if (wanted.size - available > 0) status.numberUnavailable = wanted.size - available;
  writeStatus(rt, ds, status);
  return wake !== undefined ? { wakeAt: wake } : undefined;
}

export const daemonSetController: Controller = {
  name: "daemonset",
  watches: {
    DaemonSet: self,
    Pod: owner("DaemonSet"),
    Node: (_change, enqueue, rt) => {
      for (const k of rt.store.keys("DaemonSet")) enqueue(k);
    },
  },
  reconcile,
  resync: (rt) => rt.store.keys("DaemonSet"),
};

