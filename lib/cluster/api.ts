/**
 * The simulated API server's write path: names from generateName, uids, creation times, generation
 * (bumped on spec changes only), the stateful admission plugins (LimitRanger, DefaultTolerationSeconds,
 * ResourceQuota), Service address allocation, graceful pod deletion and deletion with finalizers.
 * Garbage collection of dependents is the garbage collector's (controllers/garbage-collector.ts).
 */
import type { KubeObject, ObjectMeta } from "./object";
import type { Runtime } from "./runtime/context";
import { keyOf, objectKey } from "./store/keys";
import { isPod, record } from "./types";
import { deepEqual } from "./util/hash";
import { threeWayMerge } from "./util/merge";
import { nameSuffix, uid } from "./util/rand";
import { resourceOf } from "./util/resources";
import { qosClass } from "./util/pod-resources";
import { ApiRejection } from "./api-errors";
import { admitPod } from "./plugins/pod-defaults";
import { createDefaults } from "./plugins/create-defaults";
import { checkQuota } from "./plugins/resource-quota";
import { allocateService, releaseService } from "./plugins/service-addresses";

function initialStatus(o: KubeObject): unknown {
  if (o.kind === "Namespace") return { phase: "Active" };
  if (isPod(o)) return { phase: "Pending", qosClass: qosClass(o.spec) };
  if (o.kind === "PersistentVolumeClaim") return { phase: "Pending" };
  if (o.kind === "PersistentVolume") return { phase: "Available" };
  return o.status;
}

/** Creates an object; throws ApiRejection when the name is taken or an admission plugin refuses. */
export function createObject(rt: Runtime, input: KubeObject): KubeObject {
  const object: KubeObject = { ...input, metadata: { ...input.metadata } };
  if (isPod(object)) object.spec = { ...object.spec };
  return createOwnedObject(rt, object);
}

/**
 * createObject for an object built for this call alone: its top level, its metadata and (for a pod)
 * its spec belong to no one else and are not frozen, so the name, uid, admission defaults, status
 * and resourceVersion are written into them in place (same keys, same order as copies would have)
 * instead of each step copying the object again. Once stored, the object is frozen.
 */
export function createOwnedObject(rt: Runtime, object: KubeObject): KubeObject {
  const meta = object.metadata;
  let name = meta.name;
  let generated = false;
  if (!name && meta.generateName) {
    do name = `${meta.generateName}${nameSuffix(rt.random)}`;
    while (rt.store.get(keyOf(object.kind, meta.namespace, name)));
    generated = true;
  }
  if (!name) throw new ApiRejection("resource name may not be empty", "metadata.name");
  meta.name = name;
  meta.uid = uid(rt.random);
  meta.creationTimestamp = rt.iso();
  if (object.spec !== undefined || object.kind === "Pod") meta.generation = 1;
  if ("resourceVersion" in meta) delete meta.resourceVersion;
  if (!generated && rt.store.get(objectKey(object))) throw new ApiRejection(`${resourceOf(object.kind)} "${name}" already exists`, "metadata.name", 409);
  let admitted = createDefaults(rt, object);
  if (isPod(admitted)) admitPod(rt, admitted);
  checkQuota(rt, admitted);
  if (admitted.kind === "Service") admitted = allocateService(rt, admitted, undefined);
  const status = initialStatus(admitted);
  if (admitted === object) {
    if (status !== undefined) object.status = status;
    return rt.store.putOwned(object);
  }
  return rt.store.put(status === undefined ? admitted : { ...admitted, status });
}

const KEPT_ANNOTATION = /(^|\.)kubernetes\.io\/(revision|desired-replicas|max-replicas|change-cause)$|^pv\.kubernetes\.io\//;

/**
 * Re-declares an existing object as `kubectl apply` does: the declared spec, data, labels and
 * annotations replace the old ones; identity, status and annotations the system owns are kept.
 */
export function replaceObject(rt: Runtime, current: KubeObject, input: KubeObject): KubeObject {
  const key = objectKey(current);
  const last = rt.lastApplied.get(key);
  // kubectl computes its patch from the last declaration: declaring the same again changes nothing.
  if (last && deepEqual(last, input)) return current;
  rt.lastApplied.set(key, input);
  const merged = threeWayMerge(last, { ...input, metadata: undefined, status: undefined }, { ...current, metadata: undefined, status: undefined });
  const declared: KubeObject = { ...(record(merged) ?? {}), apiVersion: input.apiVersion, kind: input.kind, metadata: input.metadata };
  const kept = Object.fromEntries(Object.entries(current.metadata.annotations ?? {}).filter(([k]) => KEPT_ANNOTATION.test(k)));
  const annotations = { ...kept, ...(declared.metadata.annotations ?? {}) };
  const meta: ObjectMeta = {
    ...declared.metadata,
    uid: current.metadata.uid,
    creationTimestamp: current.metadata.creationTimestamp,
    ownerReferences: declared.metadata.ownerReferences ?? current.metadata.ownerReferences,
    finalizers: declared.metadata.finalizers ?? current.metadata.finalizers,
    deletionTimestamp: current.metadata.deletionTimestamp,
    annotations: Object.keys(annotations).length > 0 ? annotations : undefined,
  };
  for (const k of Object.keys(meta) as (keyof ObjectMeta)[]) if (meta[k] === undefined) delete meta[k];
  const specChanged = !deepEqual(declared.spec, current.spec);
  if (current.metadata.generation !== undefined) meta.generation = current.metadata.generation + (specChanged ? 1 : 0);
  let next: KubeObject = { ...declared, metadata: meta };
  if (current.status !== undefined) next.status = current.status;
  else delete next.status;
  if (next.kind === "Service") next = allocateService(rt, next, current);
  if (deepEqual(next, { ...current, metadata: { ...current.metadata, resourceVersion: undefined } })) return current;
  return rt.store.put(next);
}

/** Writes `status` when it differs from the stored one; returns the stored object either way. */
export function writeStatus(rt: Runtime, current: KubeObject, status: unknown): KubeObject {
  if (deepEqual(status, current.status)) return current;
  return rt.store.putOwned({ ...current, metadata: { ...current.metadata }, status });
}

/** Writes a controller's change to spec or metadata (scale, annotations), bumping generation on spec changes. */
export function writeObject(rt: Runtime, current: KubeObject, next: KubeObject): KubeObject {
  if (deepEqual(next, current)) return current;
  const specChanged = !deepEqual(next.spec, current.spec);
  const generation = current.metadata.generation;
  return rt.store.putOwned({
    ...next,
    metadata: { ...next.metadata, ...(specChanged && generation !== undefined ? { generation: generation + 1 } : {}) },
  });
}

export interface DeleteOptions {
  /** 0 deletes a pod at once (`--force --grace-period=0`). */
  readonly gracePeriodSeconds?: number;
}

/**
 * Deletes an object. A pod bound to a node, an object with finalizers and a namespace are only
 * marked (deletionTimestamp); the kubelet, the finalizer's owner or the namespace controller
 * finishes the job. Returns false when there was nothing to delete.
 */
export function deleteObject(rt: Runtime, key: string, options: DeleteOptions = {}): boolean {
  const o = rt.store.get(key);
  if (!o) return false;
  const spec = record(o.spec);
  const boundPod = isPod(o) && typeof spec?.nodeName === "string";
  const grace = options.gracePeriodSeconds ?? (typeof spec?.terminationGracePeriodSeconds === "number" ? spec.terminationGracePeriodSeconds : 30);
  const marks = (boundPod && grace > 0) || (o.metadata.finalizers ?? []).length > 0 || o.kind === "Namespace";
  if (marks) {
    if (o.metadata.deletionTimestamp) return true;
    const meta: ObjectMeta = { ...o.metadata, deletionTimestamp: rt.iso(rt.now + (boundPod ? grace : 0)) };
    const status = o.kind === "Namespace" ? { ...(record(o.status) ?? {}), phase: "Terminating" } : o.status;
    rt.store.put({ ...o, metadata: { ...meta, ...(boundPod ? { deletionGracePeriodSeconds: grace } : {}) }, status });
    return true;
  }
  removeObject(rt, key);
  return true;
}

/** Removes an object from the store now, releasing what it held. */
export function removeObject(rt: Runtime, key: string): void {
  const o = rt.store.remove(key);
  if (o?.kind === "Service") releaseService(rt, o);
}
