/**
 * Node lifecycle: a node whose kubelet stops posting status becomes NotReady (conditions Unknown)
 * after the 40 s grace period and is tainted `node.kubernetes.io/unreachable` (NoSchedule and
 * NoExecute); its pods are marked not Ready. The taint manager then evicts each pod when its
 * toleration of the NoExecute taint runs out (300 s by default, from DefaultTolerationSeconds).
 * A deleted node's pods are removed (the pod garbage collector). A cordoned node gets `node.kubernetes.io/unschedulable:NoSchedule`. A node that comes back is
 * Ready again and untainted.
 */
import { deleteObject, writeStatus } from "../api";
import type { KubeObject } from "../object";
import type { Runtime } from "../runtime/context";
import { objectKey } from "../store/keys";
import { isNode, isPod, type Condition, type Node, type Taint } from "../types";
import { setCondition } from "../util/conditions";
import type { Controller, ReconcileResult } from "./controller";

export const NODE_GRACE_SECONDS = 40;
const UNREACHABLE = "node.kubernetes.io/unreachable";
const UNSCHEDULABLE = "node.kubernetes.io/unschedulable";
const SOURCE = "node-controller";

function desiredTaints(rt: Runtime, node: Node, notReady: boolean): Taint[] {
  const current = node.spec.taints ?? [];
  const out = current.filter((t) => t.key !== UNREACHABLE && t.key !== UNSCHEDULABLE);
  const keep = (key: string, effect: string): Taint => current.find((t) => t.key === key && t.effect === effect) ?? { key, effect, timeAdded: rt.iso() };
  if (node.spec.unschedulable) out.push(keep(UNSCHEDULABLE, "NoSchedule"));
  if (notReady) out.push(keep(UNREACHABLE, "NoSchedule"), keep(UNREACHABLE, "NoExecute"));
  return out.map((t) => (t.effect === "NoExecute" ? t : (({ timeAdded: _unused, ...rest }) => rest)(t)));
}

function evictions(rt: Runtime, node: Node): number | undefined {
  const noExecute = (node.spec.taints ?? []).filter((t) => t.effect === "NoExecute");
  if (noExecute.length === 0) return undefined;
  let wake: number | undefined;
  for (const p of rt.store.resolve(rt.store.podsOnNode(node.metadata.name ?? ""))) {
    if (!isPod(p) || p.metadata.deletionTimestamp) continue;
    let at = Number.POSITIVE_INFINITY;
    for (const taint of noExecute) {
      const added = rt.secondsOf(taint.timeAdded);
      const tol = (p.spec.tolerations ?? []).find((t) => (t.effect === undefined || t.effect === "" || t.effect === "NoExecute") && (t.key === undefined ? t.operator === "Exists" : t.key === taint.key && (t.operator === "Exists" || (t.value ?? "") === (taint.value ?? ""))));
      const due = !tol ? added : tol.tolerationSeconds === undefined ? Number.POSITIVE_INFINITY : added + Math.max(0, tol.tolerationSeconds);
      at = Math.min(at, due);
    }
    if (at <= rt.now) {
      rt.record(p, "Normal", "TaintManagerEviction", `Marking for deletion Pod ${p.metadata.namespace ?? "default"}/${p.metadata.name ?? ""}`, "taint-eviction-controller");
      deleteObject(rt, objectKey(p));
    } else if (Number.isFinite(at)) wake = Math.min(wake ?? at, at);
  }
  return wake;
}

function markPodsNotReady(rt: Runtime, node: string): void {
  for (const p of rt.store.resolve(rt.store.podsOnNode(node))) {
    if (!isPod(p) || p.status?.phase === "Succeeded" || p.status?.phase === "Failed") continue;
    const conditions = setCondition(p.status?.conditions, { type: "Ready", status: "False" }, rt.iso(), true);
    writeStatus(rt, p, { ...p.status, conditions });
  }
}

function reconcile(key: string, rt: Runtime): ReconcileResult | void {
  const o: KubeObject | undefined = rt.store.get(key);
  if (!o) {
    // The pod garbage collector: pods bound to a node that no longer exists are deleted at once.
    const name = key.slice("Node//".length);
    for (const podKey of [...rt.store.podsOnNode(name)]) deleteObject(rt, podKey, { gracePeriodSeconds: 0 });
    return;
  }
  if (!isNode(o)) return;
  const name = o.metadata.name ?? "";
  const downSince = rt.downNodes.get(name);
  const ready = o.status?.conditions?.find((c) => c.type === "Ready")?.status === "True";
  let wake: number | undefined;
  let notReady = !ready;
  if (downSince !== undefined && ready) {
    const graceEnd = downSince + NODE_GRACE_SECONDS;
    if (rt.now < graceEnd) wake = graceEnd;
    else {
      notReady = true;
      const t = rt.iso();
      const conditions = (o.status?.conditions ?? []).map((c): Condition => ({ ...c, status: "Unknown", reason: "NodeStatusUnknown", message: "Kubelet stopped posting node status.", lastTransitionTime: t }));
      rt.store.put({ ...o, status: { ...o.status, conditions } });
      rt.record(o, "Normal", "NodeNotReady", `Node ${name} status is now: NodeNotReady`, SOURCE);
      markPodsNotReady(rt, name);
    }
  } else if (downSince === undefined && !ready) {
    notReady = false;
    const t = rt.iso();
    const conditions = (o.status?.conditions ?? []).map((c): Condition => (c.type === "Ready"
      ? { ...c, status: "True", reason: "KubeletReady", message: "kubelet is posting ready status", lastTransitionTime: t, lastHeartbeatTime: t }
      : { ...c, status: "False", lastTransitionTime: t, lastHeartbeatTime: t, reason: c.type === "MemoryPressure" ? "KubeletHasSufficientMemory" : c.type === "DiskPressure" ? "KubeletHasNoDiskPressure" : "KubeletHasSufficientPID", message: c.type === "MemoryPressure" ? "kubelet has sufficient memory available" : c.type === "DiskPressure" ? "kubelet has no disk pressure" : "kubelet has sufficient PID available" }));
    rt.store.put({ ...o, status: { ...o.status, conditions } });
    rt.record(o, "Normal", "NodeReady", `Node ${name} status is now: NodeReady`, SOURCE);
  }
  const current = rt.store.get(key);
  if (!current || !isNode(current)) return;
  const taints = desiredTaints(rt, current, notReady);
  const same = JSON.stringify(taints) === JSON.stringify(current.spec.taints ?? []);
  if (!same) {
    const { taints: _old, ...rest } = current.spec;
    rt.store.put({ ...current, spec: taints.length > 0 ? { ...rest, taints } : rest });
  }
  const latest = rt.store.get(key);
  const evictAt = latest && isNode(latest) ? evictions(rt, latest) : undefined;
  const next = [wake, evictAt].filter((x): x is number => x !== undefined);
  return next.length > 0 ? { wakeAt: Math.min(...next) } : undefined;
}

export const nodeLifecycleController: Controller = {
  name: "node-lifecycle",
  watches: {
    Node: (change, enqueue) => enqueue(change.key),
    Pod: (change, enqueue) => {
      const o = change.object;
      const oldNode = change.old && isPod(change.old) ? change.old.spec.nodeName : undefined;
      if (isPod(o) && o.spec.nodeName && oldNode !== o.spec.nodeName) enqueue(`Node//${o.spec.nodeName}`);
    },
  },
  reconcile,
  resync: (rt) => rt.store.keys("Node"),
};
