/**
 * PersistentVolume controller: binds each pending claim to the smallest Available PersistentVolume
 * of its StorageClass with enough capacity and the access modes it asks for (or the one it names),
 * and otherwise provisions one through its StorageClass (the default `standard` class provisions
 * `pvc-<uid>`). A released volume is deleted (reclaimPolicy Delete, with its data) or kept Released.
 */
import { createObject, removeObject, writeObject, writeStatus } from "../api";
import type { KubeObject } from "../object";
import type { Runtime } from "../runtime/context";
import { keyOf } from "../store/keys";
import { isPod, record, stringMap } from "../types";
import { units } from "../util/quantity";
import { selectorMatches } from "../util/labels";
import type { Controller } from "./controller";

const SOURCE = "persistentvolume-controller";

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
}

function requestOf(pvc: KubeObject): number {
  return units(record(record(record(pvc.spec)?.resources)?.requests)?.storage);
}

function fits(pv: KubeObject, pvc: KubeObject): boolean {
  const pvSpec = record(pv.spec) ?? {};
  const spec = record(pvc.spec) ?? {};
  if (record(pv.status)?.phase !== "Available" || record(pvSpec.claimRef)) return false;
  if ((pvSpec.storageClassName ?? "") !== (spec.storageClassName ?? "")) return false;
  if (units(record(pvSpec.capacity)?.storage) < requestOf(pvc)) return false;
  const modes = strings(pvSpec.accessModes);
  if (!strings(spec.accessModes).every((m) => modes.includes(m))) return false;
  if ((pvSpec.volumeMode ?? "Filesystem") !== (spec.volumeMode ?? "Filesystem")) return false;
  const selector = record(spec.selector);
  return !selector || selectorMatches({ matchLabels: stringMap(selector.matchLabels) }, pv.metadata.labels);
}

function bind(rt: Runtime, pvc: KubeObject, pv: KubeObject): void {
  const claimRef = { apiVersion: "v1", kind: "PersistentVolumeClaim", name: pvc.metadata.name, namespace: pvc.metadata.namespace, uid: pvc.metadata.uid, resourceVersion: pvc.metadata.resourceVersion };
  const boundPv = writeObject(rt, pv, { ...pv, spec: { ...record(pv.spec), claimRef } });
  writeStatus(rt, boundPv, { phase: "Bound" });
  const annotations = { ...(pvc.metadata.annotations ?? {}), "pv.kubernetes.io/bind-completed": "yes", "pv.kubernetes.io/bound-by-controller": "yes" };
  const boundPvc = writeObject(rt, pvc, { ...pvc, metadata: { ...pvc.metadata, annotations }, spec: { ...record(pvc.spec), volumeName: pv.metadata.name } });
  const pvSpec = record(pv.spec) ?? {};
  writeStatus(rt, boundPvc, { phase: "Bound", accessModes: strings(pvSpec.accessModes), capacity: record(pvSpec.capacity) ?? {} });
}

/** Whether the claim's StorageClass delays binding until a pod using it is scheduled (volumeBindingMode: WaitForFirstConsumer). */
export function waitsForConsumer(rt: Runtime, pvc: KubeObject): boolean {
  const className = record(pvc.spec)?.storageClassName;
  if (typeof className !== "string" || className === "") return false;
  return record(rt.store.get(keyOf("StorageClass", undefined, className)))?.volumeBindingMode === "WaitForFirstConsumer";
}

/** A pod bound to a node that mounts the claim: the consumer that lets a WaitForFirstConsumer claim bind. */
function scheduledConsumer(rt: Runtime, pvc: KubeObject): boolean {
  const name = pvc.metadata.name;
  return rt.store.list("Pod", pvc.metadata.namespace).some((p) => isPod(p) && p.spec.nodeName && (p.spec.volumes ?? []).some((v) => v.persistentVolumeClaim?.claimName === name));
}

function reconcileClaim(rt: Runtime, key: string): void {
  const pvc = rt.store.get(key);
  if (!pvc || pvc.metadata.deletionTimestamp || record(pvc.status)?.phase === "Bound") return;
  const spec = record(pvc.spec) ?? {};
  const ns = pvc.metadata.namespace ?? "default";
  const claim = `${ns}/${pvc.metadata.name ?? ""}`;
  const pvs = rt.store.list("PersistentVolume");
  const named = typeof spec.volumeName === "string" ? pvs.find((pv) => pv.metadata.name === spec.volumeName) : undefined;
  if (typeof spec.volumeName === "string") {
    if (named && record(named.status)?.phase === "Available") bind(rt, pvc, named);
    return;
  }
  if (waitsForConsumer(rt, pvc) && !scheduledConsumer(rt, pvc)) {
    rt.record(pvc, "Normal", "WaitForFirstConsumer", "waiting for first consumer to be created before binding", SOURCE);
    return;
  }
  const candidates = pvs.filter((pv) => fits(pv, pvc)).sort((a, b) => units(record(record(a.spec)?.capacity)?.storage) - units(record(record(b.spec)?.capacity)?.storage) || ((a.metadata.name ?? "") < (b.metadata.name ?? "") ? -1 : 1));
  const best = candidates[0];
  if (best) {
    bind(rt, pvc, best);
    return;
  }
  const className = typeof spec.storageClassName === "string" ? spec.storageClassName : "";
  if (className === "") {
    rt.record(pvc, "Normal", "FailedBinding", "no persistent volumes available for this claim and no storage class is set", SOURCE);
    return;
  }
  const cls = rt.store.get(keyOf("StorageClass", undefined, className));
  if (!cls) {
    rt.record(pvc, "Warning", "ProvisioningFailed", `storageclass.storage.k8s.io "${className}" not found`, SOURCE);
    return;
  }
  const provisioner = typeof cls.provisioner === "string" ? cls.provisioner : "";
  if (provisioner === "kubernetes.io/no-provisioner") {
    rt.record(pvc, "Normal", "WaitForFirstConsumer", "waiting for first consumer to be created before binding", SOURCE);
    return;
  }
  const name = `pvc-${pvc.metadata.uid ?? ""}`;
  rt.record(pvc, "Normal", "Provisioning", `External provisioner is provisioning volume for claim "${claim}"`, provisioner);
  const pv = createObject(rt, {
    apiVersion: "v1",
    kind: "PersistentVolume",
    metadata: { name, annotations: { "pv.kubernetes.io/provisioned-by": provisioner } },
    spec: {
      accessModes: strings(spec.accessModes),
      capacity: { storage: String(record(record(spec.resources)?.requests)?.storage ?? "1Gi") },
      persistentVolumeReclaimPolicy: typeof cls.reclaimPolicy === "string" ? cls.reclaimPolicy : "Delete",
      storageClassName: className,
      volumeMode: spec.volumeMode ?? "Filesystem",
      csi: { driver: provisioner, volumeHandle: name },
    },
  });
  rt.record(pvc, "Normal", "ProvisioningSucceeded", `Successfully provisioned volume ${name}`, provisioner);
  bind(rt, rt.store.get(key) ?? pvc, pv);
}

function reconcileVolume(rt: Runtime, key: string): void {
  const pv = rt.store.get(key);
  if (!pv) return;
  const ref = record(record(pv.spec)?.claimRef);
  if (!ref || typeof ref.name !== "string") return;
  const pvc = rt.store.get(keyOf("PersistentVolumeClaim", typeof ref.namespace === "string" ? ref.namespace : undefined, ref.name));
  if (pvc && pvc.metadata.uid === ref.uid) return;
  if (record(pv.spec)?.persistentVolumeReclaimPolicy === "Delete") {
    rt.volumes.dropPrefix(`pv:${pv.metadata.name ?? ""}`);
    removeObject(rt, key);
  } else writeStatus(rt, pv, { phase: "Released" });
}

export const volumeBindingController: Controller = {
  name: "persistentvolume",
  watches: {
    PersistentVolumeClaim: (change, enqueue) => {
      enqueue(change.key);
      const volume = record(change.object.spec)?.volumeName;
      if (change.type === "DELETED" && typeof volume === "string") enqueue(keyOf("PersistentVolume", undefined, volume));
    },
    PersistentVolume: (change, enqueue, rt) => {
      if (change.type !== "DELETED") enqueue(change.key);
      for (const k of rt.store.keys("PersistentVolumeClaim")) if (record(rt.store.get(k)?.status)?.phase !== "Bound") enqueue(k);
    },
    // A pod scheduled with a claim lets a WaitForFirstConsumer claim bind.
    Pod: (change, enqueue) => {
      const pod = change.object;
      if (change.type === "DELETED" || !isPod(pod) || !pod.spec.nodeName || !pod.spec.volumes) return;
      const old = change.old;
      if (old && isPod(old) && old.spec.nodeName) return;
      for (const v of pod.spec.volumes) if (v.persistentVolumeClaim) enqueue(keyOf("PersistentVolumeClaim", pod.metadata.namespace, v.persistentVolumeClaim.claimName));
    },
    StorageClass: (_change, enqueue, rt) => {
      for (const k of rt.store.keys("PersistentVolumeClaim")) enqueue(k);
    },
  },
  reconcile: (key, rt) => (key.startsWith("PersistentVolume/") ? reconcileVolume(rt, key) : reconcileClaim(rt, key)),
  resync: (rt) => [...rt.store.keys("PersistentVolumeClaim"), ...rt.store.keys("PersistentVolume")],
};
