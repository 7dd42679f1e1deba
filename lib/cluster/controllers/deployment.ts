/**
 * Deployment controller: one ReplicaSet per pod template (named `<deployment>-<pod-template-hash>`),
 * rolling updates within maxSurge/maxUnavailable counting only available pods (ready ≥
 * minReadySeconds), Recreate (old pods gone before new ones start), rollout history through the
 * `deployment.kubernetes.io/revision` annotation, and progressDeadlineSeconds: a rollout that makes no
 * progress for that long gets Progressing=False/ProgressDeadlineExceeded.
 */
import { createObject, deleteObject, writeObject, writeStatus } from "../api";
import type { KubeObject } from "../object";
import type { Runtime } from "../runtime/context";
import { objectKey } from "../store/keys";
import { conditionsOf, num, record, type Condition, type PodTemplate } from "../types";
import { podTemplateHash } from "../util/hash";
import { setCondition } from "../util/conditions";
import { owner, self, type Controller, type ReconcileResult } from "./controller";
import { controllerRef, owned, ownedPods, replicasOf, templateOf } from "./helpers";
import { newReplicaSetSize, scaleDownOld, surgeAndUnavailable, type RsCounts } from "./rollout";

const SOURCE = "deployment-controller";
const HASH = "pod-template-hash";
const REVISION = "deployment.kubernetes.io/revision";

function revisionOf(rs: KubeObject): number {
  return Number(rs.metadata.annotations?.[REVISION] ?? 0) || 0;
}

function counts(rs: KubeObject): RsCounts {
  return { name: rs.metadata.name ?? "", replicas: replicasOf(record(rs.spec), 0), available: num(record(rs.status)?.availableReplicas, 0), created: rs.metadata.creationTimestamp ?? "" };
}

function withoutHash(t: PodTemplate): PodTemplate {
  if (t.metadata?.labels?.[HASH] === undefined) return t;
  const labels = { ...(t.metadata?.labels ?? {}) };
  delete labels[HASH];
  return { ...t, metadata: { ...t.metadata, labels } };
}

function scale(rt: Runtime, d: KubeObject, rs: KubeObject, to: number): KubeObject {
  const from = replicasOf(record(rs.spec), 0);
  if (from === to) return rs;
  const annotations = { ...(rs.metadata.annotations ?? {}), "deployment.kubernetes.io/desired-replicas": String(replicasOf(record(d.spec))) };
  const next = writeObject(rt, rs, { ...rs, metadata: { ...rs.metadata, annotations }, spec: { ...record(rs.spec), replicas: to } });
  rt.record(d, "Normal", "ScalingReplicaSet", `Scaled ${to > from ? "up" : "down"} replica set ${rs.metadata.name ?? ""} from ${from} to ${to}`, SOURCE);
  return next;
}

function createReplicaSet(rt: Runtime, d: KubeObject, template: PodTemplate, hash: string, revision: number, size: number): KubeObject {
  const spec = record(d.spec) ?? {};
  const labels = { ...(template.metadata?.labels ?? {}), [HASH]: hash };
  const selector = record(spec.selector) ?? {};
  const rs = createObject(rt, {
    apiVersion: "apps/v1",
    kind: "ReplicaSet",
    metadata: {
      name: `${d.metadata.name ?? ""}-${hash}`,
      namespace: d.metadata.namespace,
      labels,
      annotations: {
        "deployment.kubernetes.io/desired-replicas": String(replicasOf(spec)),
        "deployment.kubernetes.io/max-replicas": String(replicasOf(spec) + surgeAndUnavailable(record(record(spec.strategy)?.rollingUpdate), replicasOf(spec))[0]),
        [REVISION]: String(revision),
      },
      ownerReferences: [controllerRef(d)],
    },
    spec: {
      replicas: size,
      minReadySeconds: num(spec.minReadySeconds, 0),
      selector: { ...selector, matchLabels: { ...(record(selector.matchLabels) ?? {}), [HASH]: hash } },
      template: { ...template, metadata: { ...template.metadata, labels } },
    },
  });
  if (size > 0) rt.record(d, "Normal", "ScalingReplicaSet", `Scaled up replica set ${rs.metadata.name ?? ""} from 0 to ${size}`, SOURCE);
  return rs;
}

function rollout(rt: Runtime, d: KubeObject, newRs: KubeObject, old: KubeObject[]): void {
  const spec = record(d.spec) ?? {};
  const replicas = replicasOf(spec);
  const strategy = record(spec.strategy);
  const activeOld = old.filter((rs) => replicasOf(record(rs.spec), 0) > 0);
  if (strategy?.type === "Recreate") {
    for (const rs of activeOld) scale(rt, d, rs, 0);
    const oldPods = old.some((rs) => ownedPods(rt, rs).length > 0);
    if (!oldPods) scale(rt, d, newRs, replicas);
    return;
  }
  if (activeOld.length === 0) {
    scale(rt, d, newRs, replicas);
    return;
  }
  const [surge, unavailable] = surgeAndUnavailable(record(strategy?.rollingUpdate), replicas);
  const all = [newRs, ...activeOld].map(counts);
  const size = newReplicaSetSize(replicas, surge, counts(newRs), all);
  if (size !== replicasOf(record(newRs.spec), 0)) {
    scale(rt, d, newRs, size);
    return;
  }
  const cuts = scaleDownOld(replicas, unavailable, counts(newRs), activeOld.map(counts));
  for (const rs of activeOld) {
    const to = cuts.get(rs.metadata.name ?? "");
    if (to !== undefined) scale(rt, d, rs, to);
  }
}

function cleanup(rt: Runtime, d: KubeObject, old: KubeObject[]): void {
  const limit = num(record(d.spec)?.revisionHistoryLimit, 10);
  const idle = old.filter((rs) => replicasOf(record(rs.spec), 0) === 0 && num(record(rs.status)?.replicas, 0) === 0).sort((a, b) => revisionOf(a) - revisionOf(b));
  for (const rs of idle.slice(0, Math.max(0, idle.length - limit))) deleteObject(rt, objectKey(rs));
}

function reconcile(key: string, rt: Runtime): ReconcileResult | void {
  let d = rt.store.get(key);
  if (!d || d.metadata.deletionTimestamp) return;
  const spec = record(d.spec) ?? {};
  const template = templateOf(spec);
  if (!template) return;
  const replicas = replicasOf(spec);
  const hash = podTemplateHash(withoutHash(template), num(record(d.status)?.collisionCount, 0));
  const rss = owned(rt, d, "ReplicaSet");
  let newRs = rss.find((rs) => rs.metadata.labels?.[HASH] === hash);
  const old = rss.filter((rs) => rs !== newRs);
  const maxRevision = rss.reduce((m, rs) => Math.max(m, revisionOf(rs)), 0);
  let created = false;
  if (spec.paused !== true) {
    if (!newRs) {
      const strategy = record(spec.strategy);
      const initial = strategy?.type === "Recreate" ? 0 : newReplicaSetSize(replicas, surgeAndUnavailable(record(strategy?.rollingUpdate), replicas)[0], { name: "", replicas: 0, available: 0, created: "" }, old.map(counts));
      newRs = createReplicaSet(rt, d, withoutHash(template), hash, maxRevision + 1, old.length === 0 ? replicas : initial);
      created = true;
    } else if (revisionOf(newRs) < maxRevision) {
      newRs = writeObject(rt, newRs, { ...newRs, metadata: { ...newRs.metadata, annotations: { ...(newRs.metadata.annotations ?? {}), [REVISION]: String(maxRevision + 1) } } });
    }
    rollout(rt, d, rt.store.get(objectKey(newRs)) ?? newRs, old.map((rs) => rt.store.get(objectKey(rs)) ?? rs));
    cleanup(rt, d, old.map((rs) => rt.store.get(objectKey(rs)) ?? rs));
  }
  if (!newRs) return;
  d = rt.store.get(key) ?? d;
  const revision = String(revisionOf(rt.store.get(objectKey(newRs)) ?? newRs));
  if (d.metadata.annotations?.[REVISION] !== revision) {
    d = writeObject(rt, d, { ...d, metadata: { ...d.metadata, annotations: { ...(d.metadata.annotations ?? {}), [REVISION]: revision } } });
  }
  return syncStatus(rt, d, rt.store.get(objectKey(newRs)) ?? newRs, created);
}

function syncStatus(rt: Runtime, d: KubeObject, newRs: KubeObject, created: boolean): ReconcileResult | void {
  const spec = record(d.spec) ?? {};
  const replicas = replicasOf(spec);
  const rss = owned(rt, d, "ReplicaSet");
  const sum = (f: string): number => rss.reduce((s, rs) => s + num(record(rs.status)?.[f], 0), 0);
  const prev = record(d.status) ?? {};
  const status: Record<string, unknown> = {
    observedGeneration: d.metadata.generation ?? 1,
    replicas: sum("replicas"),
    updatedReplicas: num(record(newRs.status)?.replicas, 0),
    readyReplicas: sum("readyReplicas"),
    availableReplicas: sum("availableReplicas"),
  };
  const unavailable = Math.max(0, replicas - sum("availableReplicas"));
  if (unavailable > 0) status.unavailableReplicas = unavailable;
  if (prev.collisionCount !== undefined) status.collisionCount = prev.collisionCount;
  const [, maxUnavailable] = surgeAndUnavailable(record(record(spec.strategy)?.rollingUpdate), replicas);
  const minAvailable = record(spec.strategy)?.type === "Recreate" ? replicas : replicas - maxUnavailable;
  const t = rt.iso();
  const prevConditions = conditionsOf(prev);
  const availableOk = sum("availableReplicas") >= minAvailable;
  let conditions = setCondition(prevConditions, availableOk
    ? { type: "Available", status: "True", reason: "MinimumReplicasAvailable", message: "Deployment has minimum availability." }
    : { type: "Available", status: "False", reason: "MinimumReplicasUnavailable", message: "Deployment does not have minimum availability." }, t);
  const rsName = newRs.metadata.name ?? "";
  const complete = status.updatedReplicas === replicas && status.replicas === replicas && status.availableReplicas === replicas;
  const progressed = created || ["replicas", "updatedReplicas", "readyReplicas", "availableReplicas"].some((f) => prev[f] !== status[f]) || prev.observedGeneration !== status.observedGeneration;
  const old = prevConditions.find((c) => c.type === "Progressing");
  const deadline = num(spec.progressDeadlineSeconds, 600);
  let wake: number | undefined;
  let progressing: Condition;
  if (spec.paused === true) progressing = { type: "Progressing", status: "Unknown", reason: "DeploymentPaused", message: "Deployment is paused" };
  else if (complete) progressing = { type: "Progressing", status: "True", reason: "NewReplicaSetAvailable", message: `ReplicaSet "${rsName}" has successfully progressed.` };
  else {
    const lastUpdate = progressed || !old?.lastUpdateTime ? rt.now : rt.secondsOf(old.lastUpdateTime);
    if (!progressed && old?.reason === "ProgressDeadlineExceeded") progressing = old;
    else if (rt.now - lastUpdate >= deadline) progressing = { type: "Progressing", status: "False", reason: "ProgressDeadlineExceeded", message: `ReplicaSet "${rsName}" has timed out progressing.` };
    else {
      progressing = created
        ? { type: "Progressing", status: "True", reason: "NewReplicaSetCreated", message: `Created new replica set "${rsName}"` }
        : { type: "Progressing", status: "True", reason: "ReplicaSetUpdated", message: `ReplicaSet "${rsName}" is progressing.` };
      wake = lastUpdate + deadline;
    }
  }
  const keepUpdate = old && old.reason === progressing.reason && old.message === progressing.message && !progressed;
  const updateTime = keepUpdate ? old.lastUpdateTime : t;
  conditions = setCondition(conditions, { ...progressing, lastUpdateTime: updateTime }, t);
  const availableCond = conditions.find((c) => c.type === "Available");
  const oldAvailable = prevConditions.find((c) => c.type === "Available");
  if (availableCond) availableCond.lastUpdateTime = oldAvailable && oldAvailable.status === availableCond.status ? oldAvailable.lastUpdateTime ?? t : t;
  status.conditions = conditions;
  writeStatus(rt, d, status);
  return wake !== undefined ? { wakeAt: wake } : undefined;
}

export const deploymentController: Controller = {
  name: "deployment",
  watches: { Deployment: self, ReplicaSet: owner("Deployment") },
  reconcile,
  resync: (rt) => rt.store.keys("Deployment"),
};
