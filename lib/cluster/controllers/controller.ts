/**
 * The controller contract, sample-controller style: store changes only enqueue keys (`watches`);
 * `reconcile(key)` reads the store, computes the desired state with pure builders, writes, and may ask
 * to be woken again at a virtual time (a periodic wake-up does not keep the cluster from settling).
 */
import type { Runtime } from "../runtime/context";
import type { KubeObject } from "../object";
import type { StoreChange } from "../store/store";

export interface ReconcileResult {
  readonly wakeAt?: number;
  readonly periodic?: boolean;
}

export type Enqueue = (key: string) => void;

export interface Controller {
  readonly name: string;
  /** Per kind: which keys of this controller a change to an object of that kind concerns. */
  readonly watches: Readonly<Record<string, (change: StoreChange, enqueue: Enqueue, rt: Runtime) => void>>;
  readonly reconcile: (key: string, rt: Runtime) => ReconcileResult | void;
  /** Every key to reconcile on a full resync (after a restore). */
  readonly resync: (rt: Runtime) => Iterable<string>;
}

/**
 * A watch that enqueues the changed object itself, unless only its status changed: a controller's
 * own status write must not wake it again (it would spin on a status that keeps changing).
 */
export const self = (change: StoreChange, enqueue: Enqueue): void => {
  const old = change.old;
  if (change.type === "MODIFIED" && old && old.spec === change.object.spec && old.metadata.deletionTimestamp === change.object.metadata.deletionTimestamp && old.metadata.annotations === change.object.metadata.annotations) return;
  enqueue(change.key);
};

/** A watch that enqueues the changed object's controller owner (`ownerReferences[controller]`) of `kind`. */
export function owner(kind: string) {
  // The owner's key per (frozen, often shared) reference, so a pod change builds no string.
  const keys = new WeakMap<object, { readonly namespace: string; readonly key: string }>();
  const ownerKey = (ref: { readonly name: string }, namespace: string): string => {
    const cached = keys.get(ref);
    if (cached && cached.namespace === namespace) return cached.key;
    const key = `${kind}/${namespace}/${ref.name}`;
    if (Object.isFrozen(ref)) keys.set(ref, { namespace, key });
    return key;
  };
  const visit = (o: KubeObject | undefined, enqueue: Enqueue): void => {
    const refs = o?.metadata.ownerReferences;
    if (!refs) return;
    for (const r of refs) if (r.controller && r.kind === kind) enqueue(ownerKey(r, o.metadata.namespace ?? ""));
  };
  return (change: StoreChange, enqueue: Enqueue): void => {
    visit(change.object, enqueue);
    if (change.old && change.old.metadata.ownerReferences !== change.object.metadata.ownerReferences) visit(change.old, enqueue);
  };
}
