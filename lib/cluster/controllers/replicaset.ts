/**
 * ReplicaSet (and ReplicationController) controller: keeps `spec.replicas` active pods from the
 * template, deleting surplus pods in the real controller's order (unscheduled, pending, not ready,
 * most restarts, newest first), and reports replicas / ready / available (ready ≥ minReadySeconds).
 */
import { deleteObject, writeStatus } from "../api";
import type { Runtime } from "../runtime/context";
import { objectKey } from "../store/keys";
import { conditionsOf, num, record, type Pod } from "../types";
import { owner, self, type Controller, type ReconcileResult } from "./controller";
import { availability, createPodFor, isActive, isReady, ownedPods, replicasOf, templateOf } from "./helpers";

const SOURCE = "replicaset-controller";

function deletionRank(p: Pod): number[] {
  const phase = p.status?.phase === "Pending" ? 0 : p.status?.phase === "Running" ? 2 : 1;
  const restarts = (p.status?.containerStatuses ?? []).reduce((s, c) => s + c.restartCount, 0);
  return [p.spec.nodeName ? 1 : 0, phase, isReady(p) ? 1 : 0, -restarts, -Date.parse(p.metadata.creationTimestamp ?? "")];
}

function compareRank(a: Pod, b: Pod): number {
  const ra = deletionRank(a);
  const rb = deletionRank(b);
  for (let i = 0; i < ra.length; i += 1) if ((ra[i] ?? 0) !== (rb[i] ?? 0)) return (ra[i] ?? 0) - (rb[i] ?? 0);
  return (a.metadata.name ?? "") < (b.metadata.name ?? "") ? 1 : -1;
}

export function reconcileReplicas(rt: Runtime, key: string, source: string): ReconcileResult | void {
  const rs = rt.store.get(key);
  if (!rs || rs.metadata.deletionTimestamp) return;
  const spec = record(rs.spec);
  const template = templateOf(spec);
  if (!template) return;
  const want = replicasOf(spec);
  const minReady = num(spec?.minReadySeconds, 0);
  const ownedBefore = ownedPods(rt, rs);
  let pods = ownedBefore.filter(isActive);
  const wantsChange = pods.length !== want;
  let failure: string | undefined;
  if (pods.length < want) {
    for (let i = pods.length; i < want; i += 1) {
      const created = createPodFor(rt, rs, template, {}, source);
      if (typeof created === "string") {
        failure = created;
        break;
      }
    }
  } else if (pods.length > want) {
    const surplus = [...pods].sort(compareRank).slice(0, pods.length - want);
    for (const p of surplus) {
      deleteObject(rt, objectKey(p));
      rt.record(rs, "Normal", "SuccessfulDelete", `Deleted pod: ${p.metadata.name ?? ""}`, source);
    }
  }
  const current = rt.store.get(key) ?? rs;
  // Nothing created or deleted and the ReplicaSet unchanged: the pods listed above are still current.
  const ownedNow = wantsChange || current !== rs ? ownedPods(rt, current) : ownedBefore;
  pods = ownedNow.filter(isActive);
  let wake: number | undefined;
  let ready = 0;
  let available = 0;
  for (const p of pods) {
    if (isReady(p)) ready += 1;
    const a = availability(rt, p, minReady);
    if (a.available) available += 1;
    else if (a.at !== undefined) wake = Math.min(wake ?? a.at, a.at);
  }
  const terminating = ownedNow.filter((p) => p.metadata.deletionTimestamp).length;
  const status: Record<string, unknown> = {
    replicas: pods.length,
    fullyLabeledReplicas: pods.length,
    readyReplicas: ready,
    availableReplicas: available,
    ...(current.kind === "ReplicaSet" ? { terminatingReplicas: terminating } : {}),
    observedGeneration: current.metadata.generation ?? 1,
  };
  if (failure) {
    // Keep the first failure's wording: each retry names a new generated pod, which is not news.
    const old = conditionsOf(current.status).find((c) => c.type === "ReplicaFailure");
    status.conditions = [old ?? { type: "ReplicaFailure", status: "True", reason: "FailedCreate", message: failure, lastTransitionTime: rt.iso() }];
  }
  writeStatus(rt, current, status);
  if (failure) return { wakeAt: rt.now + 10, periodic: true };
  return wake !== undefined ? { wakeAt: wake } : undefined;
}

export const replicaSetController: Controller = {
  name: "replicaset",
  watches: { ReplicaSet: self, Pod: owner("ReplicaSet"), ResourceQuota: (_c, enqueue, rt) => { for (const k of rt.store.keys("ReplicaSet")) enqueue(k); } },
  reconcile: (key, rt) => reconcileReplicas(rt, key, SOURCE),
  resync: (rt) => rt.store.keys("ReplicaSet"),
};

export const replicationControllerController: Controller = {
  name: "replicationcontroller",
  watches: { ReplicationController: self, Pod: owner("ReplicationController") },
  reconcile: (key, rt) => reconcileReplicas(rt, key, "replication-controller"),
  resync: (rt) => rt.store.keys("ReplicationController"),
};
