/**
 * The simulated cluster: `createCluster()` boots nodes and system objects on a virtual clock;
 * `apply()` admits manifests as the API server does (admission helper) and creates or re-declares
 * objects; `settle()` runs controllers, scheduler and kubelets until nothing changes. Pure and
 * deterministic: the same manifests and seed give the same cluster, byte for byte.
 */
import { admit, isNamespaced, readManifests, type ApiError, type ManifestSource, type ParsedDocument } from "./admission";
import { diagnosisContext } from "./diagnose/context";
import { diagnose } from "./diagnose/diagnose";
import type { Problem } from "./diagnose/problem";
import { deepEqual } from "./util/hash";
import { createObject, replaceObject } from "./api";
import { ApiRejection } from "./api-errors";
import { bootstrapObjects } from "./bootstrap";
import { allControllers } from "./controllers/all";
import { createKubelet, type Kubelet } from "./kubelet/kubelet";
import type { KubeObject } from "./object";
import { defaultNodes, nodeObject, type NodeSpec } from "./nodes";
import { Allocators } from "./runtime/allocators";
import { Runtime } from "./runtime/context";
import { Engine, type Observer, type SettleOptions, type SettleResult } from "./runtime/engine";
import { EventRecorder, type ClusterEvent } from "./runtime/events";
import { VolumeData } from "./runtime/volume-data";
import { keyOf, objectKey } from "./store/keys";
import { Store } from "./store/store";
import { createRandom } from "./util/rand";
import { ClusterOperations } from "./operations";
import { problemsOf } from "./report";

export interface ClusterOptions {
  /** Workers besides the control-plane node (default 3); ignored when `nodes` is given. */
  readonly workers?: number;
  readonly nodes?: readonly NodeSpec[];
  readonly seed?: number;
  /** RFC 3339 time of virtual second 0 (default 2026-01-01T00:00:00Z). */
  readonly start?: string;
  readonly defaultStorageClass?: string;
  readonly ingressClass?: string;
  /** Deep-freeze stored objects (default true): catches any code that mutates what the store hands out. */
  readonly freeze?: boolean;
  /** Stop recording events past this many distinct events (default unlimited). */
  readonly maxEvents?: number;
}

export interface ApplyResult {
  readonly accepted: KubeObject[];
  readonly errors: ApiError[];
  /** Accepted with a caveat, e.g. a key written twice (the last value is used), with file and line. */
  readonly warnings: ApiError[];
}

export class Cluster extends ClusterOperations {
  private readonly systemKeys: ReadonlySet<string>;
  /** Where each applied object is written (the last apply of it), for placing problems in the learner's files. */
  private readonly sources = new Map<string, ParsedDocument>();
  /** Caveats of every apply so far (keys written twice), reported again as problems. */
  private readonly applyWarnings: ApiError[] = [];

  constructor(rt: Runtime, engine: Engine, kubelet: Kubelet) {
    super(rt, engine, kubelet);
    this.systemKeys = new Set(rt.store.all().filter((o) => o.kind !== "Node").map(objectKey));
  }

  /** Everything except what a fresh cluster starts with (system namespaces, classes, the kubernetes Service); nodes included. */
  userObjects(): KubeObject[] {
    return this.objects().filter((o) => !this.systemKeys.has(objectKey(o)));
  }

  /** Reads, admits and applies manifests in order (a Namespace earlier in the same apply counts). */
  apply(sources: readonly ManifestSource[]): ApplyResult {
    const { documents, errors, warnings } = readManifests(sources);
    this.applyWarnings.push(...warnings);
    const accepted: KubeObject[] = [];
    const store = this.rt.store;
    const ctx = {
      namespaceExists: (name: string) => store.get(keyOf("Namespace", undefined, name)) !== undefined,
      existing: (_apiVersion: string, kind: string, namespace: string | undefined, name: string) => store.get(keyOf(kind, namespace, name)),
    };
    for (const doc of documents) {
      // kubectl sends no request when the declaration equals the last one applied ("unchanged").
      const raw = doc.object;
      const rawKey = keyOf(raw.kind, isNamespaced(raw.apiVersion, raw.kind) ? raw.metadata.namespace || "default" : undefined, raw.metadata.name ?? "");
      const existing = store.get(rawKey);
      if (existing && deepEqual(this.rt.lastDeclared.get(rawKey), raw)) {
        accepted.push(existing);
        continue;
      }
      const admitted = admit(doc, ctx);
      if (!admitted.ok) {
        errors.push(...admitted.errors);
        continue;
      }
      try {
        accepted.push(this.write(admitted.object));
        this.sources.set(objectKey(admitted.object), doc);
        this.rt.lastDeclared.set(rawKey, raw);
      } catch (e) {
        if (!(e instanceof ApiRejection)) throw e;
        const pos = (e.path ? doc.positionOf(e.path) : undefined) ?? { line: doc.line, column: doc.column };
        errors.push({ file: doc.file, line: pos.line, column: pos.column, object: `${doc.object.kind}/${doc.object.metadata.name ?? ""}`, path: e.path, message: e.message });
      }
    }
    return { accepted, errors, warnings };
  }

  /** Creates or re-declares already-admitted objects (no schema validation); throws ApiRejection. */
  applyObjects(objects: readonly KubeObject[]): KubeObject[] {
    return objects.map((o) => this.write(o));
  }

  private write(o: KubeObject): KubeObject {
    const key = objectKey(o);
    const current = this.rt.store.get(key);
    if (current) return replaceObject(this.rt, current, o);
    const created = createObject(this.rt, o);
    this.rt.lastApplied.set(key, o);
    return created;
  }

  settle(options?: SettleOptions): SettleResult {
    return this.engine.settle(options);
  }

  /** What is failing in the cluster now, one sentence per object (empty when all is well). */
  problems(): string[] {
    return problemsOf(this.userObjects());
  }

  /**
   * The diagnosis of the settled cluster: what fails (crash loops, images that cannot be pulled,
   * pods that cannot be scheduled or mounted) and the likely mistakes a real cluster is silent about
   * (a Service that selects no pod, a targetPort nothing listens on, an Ingress to a missing Service,
   * DNS blocked by a NetworkPolicy, a claim that cannot bind), each placed in the learner's files.
   */
  diagnose(): Problem[] {
    const user = this.userObjects();
    const userKeys = new Set(user.map(objectKey));
    const system = this.objects().filter((o) => !userKeys.has(objectKey(o)));
    const ctx = diagnosisContext(user, system, () => this.events(), this.applyWarnings);
    return diagnose(ctx, (o, path) => {
      const doc = this.sources.get(objectKey(o));
      if (!doc) return undefined;
      return { file: doc.file, line: (path ? doc.positionOf(path)?.line : undefined) ?? doc.line };
    });
  }

  /** Runs the cluster for `seconds` of virtual time, crash loops and cron schedules included. */
  advance(seconds: number): SettleResult {
    return this.engine.advance(seconds);
  }

  /** Calls `observer` whenever the cluster is quiet at a virtual instant (for "throughout" checks). */
  observe(observer: Observer): () => void {
    return this.engine.observe(observer);
  }

  get(kind: string, namespace: string | undefined, name: string): KubeObject | undefined {
    return this.rt.store.get(keyOf(kind, namespace, name));
  }

  /** Objects of a kind (optionally one namespace), sorted by namespace and name like kubectl. */
  list(kind: string, namespace?: string): KubeObject[] {
    return sortObjects(this.rt.store.list(kind, namespace));
  }

  objects(): KubeObject[] {
    return sortObjects(this.rt.store.all());
  }

  events(): ClusterEvent[] {
    return this.rt.events.list();
  }

  /** Re-reconciles every key of every controller (as after a restart) and settles. */
  resync(options?: SettleOptions): SettleResult {
    this.engine.resyncAll();
    return this.engine.settle(options);
  }

  /** The store's revision: it changes whenever any object is written. */
  get resourceVersion(): number {
    return this.rt.store.resourceVersion;
  }

  /** Virtual seconds since the cluster started. */
  get now(): number {
    return this.rt.now;
  }

  iso(seconds = this.rt.now): string {
    return this.rt.iso(seconds);
  }
}

export function sortObjects(objects: readonly KubeObject[]): KubeObject[] {
  const k = (o: KubeObject): string => `${o.metadata.namespace ?? ""}\u0000${o.metadata.name ?? ""}`;
  return [...objects].sort((a, b) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : k(a) < k(b) ? -1 : k(a) > k(b) ? 1 : 0));
}

export function createCluster(options: ClusterOptions = {}): Cluster {
  const seed = options.seed ?? 1;
  const startMs = Date.parse(options.start ?? "2026-01-01T00:00:00Z");
  if (!Number.isFinite(startMs)) throw new Error(`start must be an RFC 3339 time, got ${options.start ?? ""}`);
  const store = new Store(options.freeze ?? true);
  const random = createRandom(seed);
  const settings = { seed, startMs, defaultStorageClass: options.defaultStorageClass ?? "standard", ingressClass: options.ingressClass ?? "nginx" };
  const rt = new Runtime(store, random, new EventRecorder(options.maxEvents), new Allocators(random), new VolumeData(), settings);
  const kubelet = createKubelet();
  const engine = new Engine(rt, allControllers(kubelet.controller));
  for (const o of bootstrapObjects(settings.defaultStorageClass, settings.ingressClass)) createObject(rt, o);
  for (const spec of options.nodes ?? defaultNodes(options.workers ?? 3)) {
    createObject(rt, nodeObject(spec, rt.alloc.nodeInternalIP(spec.name), rt.alloc.podCIDR(spec.name), rt.iso()));
  }
  const cluster = new Cluster(rt, engine, kubelet);
  cluster.settle();
  return cluster;
}
