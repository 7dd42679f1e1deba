/**
 * The object store (our etcd): every object by key, with the indexes the controllers need so no
 * reconcile scans the whole cluster — by kind, by kind+namespace, by owner uid, by uid, pods by node,
 * and pods by label pair. Objects are deep-frozen on write and handed out as they are: a controller
 * that wants to change one builds a new object (copy-on-write), never mutates.
 */
import type { KubeObject } from "../object";
import { deepFreeze } from "./freeze";
import { objectKey } from "./keys";
import { labelPairKey, labelPairKeys } from "./label-pairs";

export type ChangeType = "ADDED" | "MODIFIED" | "DELETED";

export interface StoreChange {
  readonly type: ChangeType;
  readonly key: string;
  readonly object: KubeObject;
  readonly old: KubeObject | undefined;
}

export type StoreListener = (change: StoreChange) => void;

function addTo<K, V>(index: Map<K, Set<V>>, key: K, value: V): void {
  let set = index.get(key);
  if (!set) index.set(key, (set = new Set()));
  set.add(value);
}

function removeFrom<K, V>(index: Map<K, Set<V>>, key: K, value: V): void {
  const set = index.get(key);
  if (!set) return;
  set.delete(value);
  if (set.size === 0) index.delete(key);
}

const EMPTY: ReadonlySet<string> = new Set();

export interface StoreSnapshot {
  readonly objects: readonly KubeObject[];
  readonly revision: number;
}

/** A stored object with its key: the first string built for the key, handed to every later change. */
interface Slot {
  readonly key: string;
  object: KubeObject;
}

export class Store {
  private readonly objects = new Map<string, Slot>();
  /**
   * Keys per kind. While every object of a kind sits in one namespace, this is the very set that
   * namespace has in `byKindNs` (one set, not two copies of the same keys); the second namespace
   * gives the kind a set of its own.
   */
  private readonly byKind = new Map<string, Set<string>>();
  /** Per kind, then per namespace (two lookups, no joined key to build on every watch). */
  private readonly byKindNs = new Map<string, Map<string, Set<string>>>();
  private readonly byOwner = new Map<string, Set<string>>();
  private readonly byUid = new Map<string, string>();
  private readonly podsByNode = new Map<string, Set<string>>();
  private readonly podsByLabel = new Map<string, Set<string>>();
  private readonly listeners: StoreListener[] = [];
  private revision = 0;

  constructor(private readonly freeze = true) {}

  subscribe(listener: StoreListener): void {
    this.listeners.push(listener);
  }

  get(key: string): KubeObject | undefined {
    return this.objects.get(key)?.object;
  }

  getByUid(uid: string): KubeObject | undefined {
    const key = this.byUid.get(uid);
    return key === undefined ? undefined : this.objects.get(key)?.object;
  }

  get size(): number {
    return this.objects.size;
  }

  get resourceVersion(): number {
    return this.revision;
  }

  /** Keys of one kind, optionally in one namespace, in insertion order. */
  keys(kind: string, namespace?: string): ReadonlySet<string> {
    return (namespace === undefined ? this.byKind.get(kind) : this.byKindNs.get(kind)?.get(namespace)) ?? EMPTY;
  }

  list(kind: string, namespace?: string): KubeObject[] {
    return this.resolve(this.keys(kind, namespace));
  }

  /** Keys of objects that name `uid` among their ownerReferences. */
  dependents(uid: string): ReadonlySet<string> {
    return this.byOwner.get(uid) ?? EMPTY;
  }

  podsOnNode(node: string): ReadonlySet<string> {
    return this.podsByNode.get(node) ?? EMPTY;
  }

  /** Keys of pods in `namespace` carrying label `key=value`. */
  podsWithLabel(namespace: string, key: string, value: string): ReadonlySet<string> {
    return this.podsByLabel.get(labelPairKey(namespace, key, value)) ?? EMPTY;
  }

  resolve(keys: Iterable<string>): KubeObject[] {
    const out: KubeObject[] = [];
    for (const key of keys) {
      const slot = this.objects.get(key);
      if (slot) out.push(slot.object);
    }
    return out;
  }

  all(): KubeObject[] {
    return this.values();
  }

  private values(): KubeObject[] {
    const out: KubeObject[] = [];
    for (const slot of this.objects.values()) out.push(slot.object);
    return out;
  }

  /** Writes an object (create or replace), stamping the next resourceVersion; returns what is stored. */
  put(input: KubeObject): KubeObject {
    return this.putOwned({ ...input, metadata: { ...input.metadata } });
  }

  /**
   * put for an object built for this write alone: its top level and metadata belong to no one else
   * and are not frozen, so the resourceVersion is stamped in place (where a copy would put it).
   */
  putOwned(object: KubeObject): KubeObject {
    this.revision += 1;
    object.metadata.resourceVersion = String(this.revision);
    if (this.freeze) deepFreeze(object);
    const key = objectKey(object);
    const slot = this.objects.get(key);
    if (slot) {
      // An update: the slot's key string is the one every index and queue already holds.
      const old = slot.object;
      slot.object = object;
      this.reindex(slot.key, old, object);
      this.emit({ type: "MODIFIED", key: slot.key, object, old });
      return object;
    }
    this.objects.set(key, { key, object });
    this.index(key, object);
    this.emit({ type: "ADDED", key, object, old: undefined });
    return object;
  }

  remove(key: string): KubeObject | undefined {
    const old = this.objects.get(key)?.object;
    if (!old) return undefined;
    this.revision += 1;
    this.objects.delete(key);
    this.unindex(key, old);
    this.emit({ type: "DELETED", key, object: old, old });
    return old;
  }

  snapshot(): StoreSnapshot {
    return { objects: this.values(), revision: this.revision };
  }

  /** Replaces every object with the snapshot's, telling listeners what vanished, appeared or changed. */
  restore(snapshot: StoreSnapshot): void {
    const wanted = new Map(snapshot.objects.map((o) => [objectKey(o), o]));
    for (const key of [...this.objects.keys()]) if (!wanted.has(key)) this.remove(key);
    this.revision = Math.max(this.revision, snapshot.revision);
    for (const [key, o] of wanted) {
      const current = this.objects.get(key)?.object;
      if (current === o) continue;
      if (current) this.unindex(key, current);
      this.objects.set(key, { key, object: o });
      this.index(key, o);
      this.emit({ type: current ? "MODIFIED" : "ADDED", key, object: o, old: current });
    }
  }

  /** Moves an object between only the index entries whose inputs changed (status writes touch none). */
  private reindex(key: string, a: KubeObject, b: KubeObject): void {
    const ns = b.metadata.namespace ?? "";
    if (a.metadata.uid !== b.metadata.uid) {
      if (a.metadata.uid && this.byUid.get(a.metadata.uid) === key) this.byUid.delete(a.metadata.uid);
      if (b.metadata.uid) this.byUid.set(b.metadata.uid, key);
    }
    if (a.metadata.ownerReferences !== b.metadata.ownerReferences) {
      for (const ref of a.metadata.ownerReferences ?? []) removeFrom(this.byOwner, ref.uid, key);
      for (const ref of b.metadata.ownerReferences ?? []) addTo(this.byOwner, ref.uid, key);
    }
    if (b.kind !== "Pod") return;
    const nodeA = nodeNameOf(a);
    const nodeB = nodeNameOf(b);
    if (nodeA !== nodeB) {
      if (nodeA) removeFrom(this.podsByNode, nodeA, key);
      if (nodeB) addTo(this.podsByNode, nodeB, key);
    }
    if (a.metadata.labels !== b.metadata.labels) {
      for (const pair of labelPairKeys(ns, a.metadata.labels)) removeFrom(this.podsByLabel, pair, key);
      for (const pair of labelPairKeys(ns, b.metadata.labels)) addTo(this.podsByLabel, pair, key);
    }
  }

  private emit(change: StoreChange): void {
    for (const listener of this.listeners) listener(change);
  }

  private index(key: string, o: KubeObject): void {
    const ns = o.metadata.namespace ?? "";
    this.indexKind(o.kind, ns, key);
    if (o.metadata.uid) this.byUid.set(o.metadata.uid, key);
    for (const ref of o.metadata.ownerReferences ?? []) addTo(this.byOwner, ref.uid, key);
    if (o.kind === "Pod") {
      const node = nodeNameOf(o);
      if (node) addTo(this.podsByNode, node, key);
      for (const pair of labelPairKeys(ns, o.metadata.labels)) addTo(this.podsByLabel, pair, key);
    }
  }

  /** Adds `key` to its kind's set and its kind-and-namespace set (the same set while the kind has one namespace). */
  private indexKind(kind: string, ns: string, key: string): void {
    let byNs = this.byKindNs.get(kind);
    if (!byNs) this.byKindNs.set(kind, (byNs = new Map()));
    let all = this.byKind.get(kind);
    if (!all) {
      const only = new Set([key]);
      this.byKind.set(kind, only);
      byNs.set(ns, only);
      return;
    }
    const nsKeys = byNs.get(ns);
    if (nsKeys === all) {
      all.add(key);
      return;
    }
    // A second namespace: the kind's set stops being the first namespace's (same keys, same order).
    if (nsKeys === undefined && byNs.size === 1 && byNs.values().next().value === all) this.byKind.set(kind, (all = new Set(all)));
    all.add(key);
    addTo(byNs, ns, key);
  }

  private unindex(key: string, o: KubeObject): void {
    const ns = o.metadata.namespace ?? "";
    const all = this.byKind.get(o.kind);
    const byNs = this.byKindNs.get(o.kind);
    if (byNs?.get(ns) !== all) removeFrom(this.byKind, o.kind, key);
    else if (all?.size === 1 && all.has(key)) this.byKind.delete(o.kind);
    if (byNs) removeFrom(byNs, ns, key);
    if (o.metadata.uid && this.byUid.get(o.metadata.uid) === key) this.byUid.delete(o.metadata.uid);
    for (const ref of o.metadata.ownerReferences ?? []) removeFrom(this.byOwner, ref.uid, key);
    if (o.kind === "Pod") {
      const node = nodeNameOf(o);
      if (node) removeFrom(this.podsByNode, node, key);
      for (const pair of labelPairKeys(ns, o.metadata.labels)) removeFrom(this.podsByLabel, pair, key);
    }
  }
}

function nodeNameOf(o: KubeObject): string | undefined {
  const spec = o.spec;
  if (typeof spec !== "object" || spec === null || !("nodeName" in spec)) return undefined;
  return typeof spec.nodeName === "string" ? spec.nodeName : undefined;
}
