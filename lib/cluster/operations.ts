/**
 * What a person (or a scenario check) does to a running cluster, on the virtual clock: delete, crash
 * a container, fail and recover nodes, cordon and drain, scale, set an image, add a node, write and
 * read data in volumes, take and restore an etcd snapshot, set the load an HPA sees.
 */
import { createObject, deleteObject, writeObject } from "./api";
import { DRAIN_RETRY, drainPod, type RefusedEviction } from "./controllers/drain";
import type { Kubelet } from "./kubelet/kubelet";
import type { ResolvedEnvVar } from "./kubelet/env";
import { locate } from "./kubelet/volumes";
import { nextWorker, nodeObject, type NodeSpec } from "./nodes";
import type { Runtime } from "./runtime/context";
import type { Engine } from "./runtime/engine";
import { keyOf, objectKey } from "./store/keys";
import type { StoreSnapshot } from "./store/store";
import type { KubeObject } from "./object";
import { isNode, isPod, record, type Container, type Pod } from "./types";

export interface EtcdSnapshot {
  readonly store: StoreSnapshot;
  readonly takenAt: number;
}

/** The names of the pods drain evicted (as before), and the pods it could not evict yet. */
export type DrainResult = string[] & { readonly refused: readonly RefusedEviction[] };

export type FileResult = { readonly ok: true; readonly volume: string; readonly describe: string } | { readonly ok: false; readonly message: string };

export class ClusterOperations {
  constructor(protected readonly rt: Runtime, protected readonly engine: Engine, protected readonly kubelet: Kubelet) {}

  /** `kubectl delete`; pods stop gracefully unless `force`. Returns false when nothing matched. */
  delete(kind: string, namespace: string | undefined, name: string, force = false): boolean {
    return deleteObject(this.rt, keyOf(kind, namespace, name), force ? { gracePeriodSeconds: 0 } : {});
  }

  deletePod(namespace: string, name: string, force = false): boolean {
    return this.delete("Pod", namespace, name, force);
  }

  /** The container's process dies with `exitCode` (default 1); the kubelet restarts it per policy. */
  crashContainer(namespace: string, pod: string, container?: string, exitCode = 1): boolean {
    const key = keyOf("Pod", namespace, pod);
    const ok = this.kubelet.crash(this.rt, key, container, exitCode);
    if (ok) this.engine.enqueue("kubelet", key);
    return ok;
  }

  /** The node's kubelet stops (power loss, partition): NotReady after 40 s, evictions after tolerations. */
  failNode(name: string): boolean {
    if (!this.rt.store.get(keyOf("Node", undefined, name)) || this.rt.downNodes.has(name)) return false;
    this.rt.downNodes.set(name, this.rt.now);
    this.engine.enqueue("node-lifecycle", keyOf("Node", undefined, name));
    return true;
  }

  recoverNode(name: string): boolean {
    if (!this.rt.downNodes.delete(name)) return false;
    this.engine.enqueue("node-lifecycle", keyOf("Node", undefined, name));
    for (const key of this.rt.store.podsOnNode(name)) this.engine.enqueue("kubelet", key);
    return true;
  }

  cordon(name: string, unschedulable = true): boolean {
    const node = this.rt.store.get(keyOf("Node", undefined, name));
    if (!node || !isNode(node)) return false;
    const { unschedulable: _old, ...rest } = node.spec;
    writeObject(this.rt, node, { ...node, spec: unschedulable ? { ...rest, unschedulable: true } : rest });
    return true;
  }

  uncordon(name: string): boolean {
    return this.cordon(name, false);
  }

  /**
   * `kubectl drain --ignore-daemonsets`: cordon, then evict every pod not owned by a DaemonSet through
   * the Eviction API. Returns the pods evicted now; `refused` lists the others with kubectl's error
   * line. One a disruption budget holds back is retried every 5 s on the virtual clock until the
   * budget allows it (a replacement became Ready elsewhere), as drain's retries would.
   */
  drain(name: string): DrainResult {
    const evicted: string[] = [];
    const refused: RefusedEviction[] = [];
    const result = Object.assign(evicted, { refused });
    if (!this.cordon(name)) return result;
    for (const p of this.rt.store.resolve(this.rt.store.podsOnNode(name))) {
      if (p.metadata.ownerReferences?.some((r) => r.kind === "DaemonSet") || p.metadata.deletionTimestamp) continue;
      const refusal = drainPod(this.rt, p);
      if (!refusal) evicted.push(p.metadata.name ?? "");
      else {
        refused.push(refusal);
        if (refusal.retrying) this.engine.enqueue(DRAIN_RETRY, objectKey(p));
      }
    }
    return result;
  }

  /** `kubectl scale`. */
  scale(kind: string, namespace: string, name: string, replicas: number): boolean {
    const o = this.rt.store.get(keyOf(kind, namespace, name));
    if (!o) return false;
    writeObject(this.rt, o, { ...o, spec: { ...record(o.spec), replicas } });
    return true;
  }

  /** `kubectl set image KIND/NAME CONTAINER=IMAGE`: changes the pod template, which rolls out. */
  setImage(kind: string, namespace: string, name: string, container: string, image: string): boolean {
    const o = this.rt.store.get(keyOf(kind, namespace, name));
    const spec = record(o?.spec);
    const template = record(spec?.template);
    const podSpec = record(template?.spec);
    if (!o || !template || !podSpec || !Array.isArray(podSpec.containers)) return false;
    let found = false;
    const containers = podSpec.containers.map((c: unknown) => {
      const r = record(c);
      if (r?.name !== container) return c;
      found = true;
      return { ...r, image };
    });
    if (!found) return false;
    writeObject(this.rt, o, { ...o, spec: { ...spec, template: { ...template, spec: { ...podSpec, containers } } } });
    return true;
  }

  /**
   * Writes a changed object as `kubectl label/annotate/set/patch/edit` do (generation bumps on spec
   * changes; controllers react on the next settle). False when the object no longer exists.
   */
  update(next: KubeObject): boolean {
    const current = this.rt.store.get(objectKey(next));
    if (!current) return false;
    writeObject(this.rt, current, next);
    return true;
  }

  /** Adds a worker (the next `worker-N` unless `spec` names it); returns its name. */
  addNode(spec?: NodeSpec): string {
    const existing = this.rt.store.list("Node").map((n) => n.metadata.name ?? "");
    const s = spec ?? nextWorker(existing);
    createObject(this.rt, nodeObject(s, this.rt.alloc.nodeInternalIP(s.name), this.rt.alloc.podCIDR(s.name), this.rt.iso()));
    return s.name;
  }

  private podContainer(namespace: string, pod: string, container?: string): { pod: Pod; container: Container } | { error: string } {
    const o = this.rt.store.get(keyOf("Pod", namespace, pod));
    if (!o || !isPod(o)) return { error: `pods "${pod}" not found` };
    const c = container ? o.spec.containers.find((x) => x.name === container) : o.spec.containers[0];
    if (!c) return { error: `container ${container ?? ""} is not valid for pod ${pod}` };
    return { pod: o, container: c };
  }

  /** Writes a file inside a container, into whatever volume is mounted there (or its own layer). */
  writeFile(namespace: string, pod: string, path: string, content: string, container?: string): FileResult {
    const found = this.podContainer(namespace, pod, container);
    if ("error" in found) return { ok: false, message: found.error };
    const loc = locate(this.rt.store, found.pod, found.container, path);
    if (loc.readOnly) return { ok: false, message: `${path}: Read-only file system (${loc.describe})` };
    this.rt.volumes.write(loc.volume, loc.path, content);
    return { ok: true, volume: loc.volume, describe: loc.describe };
  }

  readFile(namespace: string, pod: string, path: string, container?: string): string | undefined {
    const found = this.podContainer(namespace, pod, container);
    if ("error" in found) return undefined;
    const loc = locate(this.rt.store, found.pod, found.container, path);
    if (loc.projected) return loc.projected[loc.path.replace(/^\//, "")];
    return this.rt.volumes.read(loc.volume, loc.path);
  }

  /** The environment a container runs with, each variable with its source. */
  env(namespace: string, pod: string, container: string): ResolvedEnvVar[] | undefined {
    return this.kubelet.env(this.rt, keyOf("Pod", namespace, pod), container);
  }

  /** `etcdctl snapshot save`: every API object (not volume contents, which live on disks). */
  snapshot(): EtcdSnapshot {
    return { store: this.rt.store.snapshot(), takenAt: this.rt.now };
  }

  /** `etcdctl snapshot restore`: the API objects return to the snapshot; controllers and kubelets resync. */
  restore(snapshot: EtcdSnapshot): void {
    this.rt.store.restore(snapshot.store);
    this.engine.resyncAll();
  }

  /** The CPU utilisation (percent of requests) set for a scale target with setLoad, if any. */
  loadOf(namespace: string, kind: string, name: string): number | undefined {
    return this.rt.load.get(`${namespace}/${kind}/${name}`);
  }

  /** The CPU utilisation (percent of requests) the metrics pipeline reports for a scale target. */
  setLoad(namespace: string, kind: string, name: string, cpuPercent: number): void {
    this.rt.load.set(`${namespace}/${kind}/${name}`, cpuPercent);
    for (const hpa of this.rt.store.list("HorizontalPodAutoscaler", namespace)) this.engine.enqueue("hpa", objectKey(hpa));
  }
}
