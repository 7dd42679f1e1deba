/**
 * StatefulSet controller: pods `<name>-<ordinal>` with hostname/subdomain for their DNS names through
 * the headless Service, one claim per volumeClaimTemplate per ordinal (`<template>-<name>-<ordinal>`,
 * kept when pods go), OrderedReady (ordinal N starts only when 0…N-1 are Running and Ready; scale
 * down from the highest) or Parallel, and RollingUpdate from the highest ordinal down.
 */
import { createObject, deleteObject, writeStatus } from "../api";
import type { KubeObject } from "../object";
import type { Runtime } from "../runtime/context";
import { keyOf, objectKey } from "../store/keys";
import { num, record, stringMap, type Pod, type Volume } from "../types";
import { podTemplateHash } from "../util/hash";
import { owner, self, type Controller, type ReconcileResult } from "./controller";
import { availability, createPodFor, isReady, ownedPods, replicasOf, templateOf } from "./helpers";

const SOURCE = "statefulset-controller";
const REVISION_LABEL = "controller-revision-hash";

function ordinalOf(name: string, set: string): number {
  const m = new RegExp(`^${set.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}-([0-9]+)$`).exec(name);
  return m ? Number(m[1]) : -1;
}

function claimTemplates(spec: Record<string, unknown>): KubeObject[] {
  const list = spec.volumeClaimTemplates;
  return Array.isArray(list) ? list.filter((t): t is KubeObject => record(t) !== undefined && record(record(t)?.metadata) !== undefined) : [];
}

function ensureClaims(rt: Runtime, sts: KubeObject, ordinal: number): void {
  const spec = record(sts.spec) ?? {};
  const name = sts.metadata.name ?? "";
  for (const t of claimTemplates(spec)) {
    const claim = `${t.metadata.name ?? ""}-${name}-${ordinal}`;
    if (rt.store.get(keyOf("PersistentVolumeClaim", sts.metadata.namespace, claim))) continue;
    createObject(rt, {
      apiVersion: "v1",
      kind: "PersistentVolumeClaim",
      metadata: { name: claim, namespace: sts.metadata.namespace, labels: { ...stringMap(record(spec.selector)?.matchLabels), ...(t.metadata.labels ?? {}) } },
      spec: { ...record(t.spec) },
    });
    rt.record(sts, "Normal", "SuccessfulCreate", `create Claim ${claim} Pod ${name}-${ordinal} in StatefulSet ${name} success`, SOURCE);
  }
}

function createOrdinal(rt: Runtime, sts: KubeObject, ordinal: number, revision: string): void {
  const spec = record(sts.spec) ?? {};
  const template = templateOf(spec);
  if (!template) return;
  const name = sts.metadata.name ?? "";
  ensureClaims(rt, sts, ordinal);
  const podName = `${name}-${ordinal}`;
  const claimVolumes: Volume[] = claimTemplates(spec).map((t) => ({ name: t.metadata.name ?? "", persistentVolumeClaim: { claimName: `${t.metadata.name ?? ""}-${name}-${ordinal}` } }));
  const volumes = [...(template.spec.volumes ?? []).filter((v) => !claimVolumes.some((c) => c.name === v.name)), ...claimVolumes];
  createPodFor(rt, sts, template, {
    event: `create Pod ${podName} in StatefulSet ${name} successful`,
    name: podName,
    labels: { [REVISION_LABEL]: revision, "statefulset.kubernetes.io/pod-name": podName, "apps.kubernetes.io/pod-index": String(ordinal) },
    specPatch: { hostname: podName, ...(typeof spec.serviceName === "string" && spec.serviceName !== "" ? { subdomain: spec.serviceName } : {}), ...(volumes.length > 0 ? { volumes } : {}) },
  }, SOURCE);
}

function reconcile(key: string, rt: Runtime): ReconcileResult | void {
  const sts = rt.store.get(key);
  if (!sts || sts.metadata.deletionTimestamp) return;
  const spec = record(sts.spec) ?? {};
  const template = templateOf(spec);
  if (!template) return;
  const name = sts.metadata.name ?? "";
  const replicas = replicasOf(spec);
  const parallel = spec.podManagementPolicy === "Parallel";
  const revision = `${name}-${podTemplateHash(template)}`;
  const minReady = num(spec.minReadySeconds, 0);
  const pods = new Map<number, Pod>();
  for (const p of ownedPods(rt, sts)) pods.set(ordinalOf(p.metadata.name ?? "", name), p);
  const healthy = (p: Pod | undefined): boolean => p !== undefined && !p.metadata.deletionTimestamp && p.status?.phase === "Running" && isReady(p);
  // Replace failed pods; create missing ordinals in order.
  for (let i = 0; i < replicas; i += 1) {
    const p = pods.get(i);
    if (p && (p.status?.phase === "Failed" || p.status?.phase === "Succeeded") && !p.metadata.deletionTimestamp) {
      deleteObject(rt, objectKey(p));
      if (!parallel) break;
      continue;
    }
    if (!p) {
      createOrdinal(rt, sts, i, revision);
      if (!parallel) break;
      continue;
    }
    if (!parallel && !healthy(p)) break;
  }
  // Scale down from the highest ordinal, one at a time unless Parallel.
  const extra = [...pods.keys()].filter((i) => i >= replicas).sort((a, b) => b - a);
  for (const i of extra) {
    const p = pods.get(i);
    if (!p) continue;
    if (!p.metadata.deletionTimestamp) {
      deleteObject(rt, objectKey(p));
      rt.record(sts, "Normal", "SuccessfulDelete", `delete Pod ${p.metadata.name ?? ""} in StatefulSet ${name} successful`, SOURCE);
    }
    if (!parallel) break;
  }
  // Rolling update: highest ordinal first, waiting for every pod to be healthy.
  const strategy = record(spec.updateStrategy);
  const partition = num(record(strategy?.rollingUpdate)?.partition, 0);
  const all = [...pods.entries()].filter(([i]) => i < replicas).sort(([a], [b]) => b - a);
  if (strategy?.type !== "OnDelete" && all.length === replicas && all.every(([, p]) => healthy(p))) {
    const stale = all.find(([i, p]) => i >= partition && p.metadata.labels?.[REVISION_LABEL] !== revision);
    if (stale) deleteObject(rt, objectKey(stale[1]));
  }
  const current = ownedPods(rt, sts).filter((p) => !p.metadata.deletionTimestamp);
  let wake: number | undefined;
  let available = 0;
  for (const p of current) {
    const a = availability(rt, p, minReady);
    if (a.available) available += 1;
    else if (a.at !== undefined) wake = Math.min(wake ?? a.at, a.at);
  }
  const updated = current.filter((p) => p.metadata.labels?.[REVISION_LABEL] === revision).length;
  const prev = record(sts.status) ?? {};
  writeStatus(rt, sts, {
    observedGeneration: sts.metadata.generation ?? 1,
    replicas: current.length,
    readyReplicas: current.filter(isReady).length,
    currentReplicas: updated === current.length ? current.length : current.length - updated,
    updatedReplicas: updated,
    availableReplicas: available,
    currentRevision: updated === current.length ? revision : typeof prev.currentRevision === "string" ? prev.currentRevision : revision,
    updateRevision: revision,
    collisionCount: 0,
  });
  return wake !== undefined ? { wakeAt: wake } : undefined;
}

export const statefulSetController: Controller = {
  name: "statefulset",
  watches: { StatefulSet: self, Pod: owner("StatefulSet") },
  reconcile,
  resync: (rt) => rt.store.keys("StatefulSet"),
};
