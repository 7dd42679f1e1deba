/**
 * The kubelets of every node, as one controller over pods bound to nodes. For each pod it keeps the
 * node-local container memory (pod-run.ts), replays the transitions due on the virtual clock, writes
 * the status (pod-status.ts) and asks to be woken at the next transition. Pods on a node that is down
 * are left alone, as a dead kubelet does. Deleted pods are stopped and removed after a short grace.
 */
import { removeObject, writeStatus } from "../api";
import type { Controller } from "../controllers/controller";
import type { Runtime } from "../runtime/context";
import { keyOf } from "../store/keys";
import { isNode as isNodeObject, isPod, type Container, type Pod } from "../types";
import { resolveEnv, type ResolvedEnvVar } from "./env";
import { advance, newPodRun, nextWake, type PodRun, type RunHooks } from "./pod-run";
import { buildPodStatus } from "./pod-status";
import { mountProblem } from "./volumes";

const SOURCE = "kubelet";

function hasConfigError(run: PodRun): boolean {
  for (const r of run.runs) if (r.phase === "configError") return true;
  return false;
}
/** Seconds a deleted pod takes to stop: the images stop promptly on SIGTERM. */
const STOP_SECONDS = 1;

export interface Kubelet {
  readonly controller: Controller;
  /** Makes a running container exit with `code` now; the kubelet restarts it per restartPolicy. */
  crash(rt: Runtime, podKey: string, container: string | undefined, code: number): boolean;
  /** The environment a container started with (or would start with now). */
  env(rt: Runtime, podKey: string, container: string): ResolvedEnvVar[] | undefined;
}

export function createKubelet(): Kubelet {
  const runs = new Map<string, PodRun>();
  const images = new Map<string, Set<string>>();
  const waitingForConfig = new Map<string, Set<string>>();
  /** Each node's store key, built once (a pod's first sync looks its node up). */
  const nodeKeys = new Map<string, string>();
  const nodeKey = (node: string): string => {
    let key = nodeKeys.get(node);
    if (key === undefined) nodeKeys.set(node, (key = keyOf("Node", undefined, node)));
    return key;
  };

  /**
   * One set of hooks for every pod: `current` names the pod being advanced (advance is synchronous),
   * so a pod costs the kubelet no closures of its own.
   */
  const current: { rt: Runtime | undefined; pod: Pod | undefined; run: PodRun | undefined; images: Set<string> } = { rt: undefined, pod: undefined, run: undefined, images: new Set() };
  const sharedHooks: RunHooks = {
    event: (type, reason, message, at) => {
      if (current.rt && current.pod) current.rt.events.record(current.pod, type, reason, message, SOURCE, at);
    },
    resolveEnv: (c: Container) => (current.rt && current.pod ? resolveEnv(current.rt.store, current.pod, c, current.run?.ip) : { ok: false, message: "no pod" }),
    hasImage: (image) => current.images.has(image),
    pulled: (image) => void current.images.add(image),
    containerLayerLost: (name) => current.rt?.volumes.dropPrefix(`pod:${current.pod?.metadata.uid ?? ""}/container/${name}`),
  };

  function hooksFor(rt: Runtime, run: PodRun, pod: Pod): RunHooks {
    let nodeImages = images.get(run.node);
    if (!nodeImages) images.set(run.node, (nodeImages = new Set<string>()));
    current.rt = rt;
    current.pod = pod;
    current.run = run;
    current.images = nodeImages;
    return sharedHooks;
  }

  /** Remembers that `key` waits for a ConfigMap, Secret or claim in `ns` to appear. */
  function waitFor(ns: string, key: string): void {
    let waiting = waitingForConfig.get(ns);
    if (!waiting) waitingForConfig.set(ns, (waiting = new Set<string>()));
    waiting.add(key);
  }

  function finish(rt: Runtime, key: string, pod: Pod): void {
    runs.delete(pod.metadata.uid ?? "");
    rt.volumes.dropPrefix(`pod:${pod.metadata.uid ?? ""}/`);
    removeObject(rt, key);
  }

  function reconcile(key: string, rt: Runtime): { wakeAt?: number; periodic?: boolean } | void {
    const o = rt.store.get(key);
    if (!o || !isPod(o)) return;
    const node = o.spec.nodeName;
    if (!node || rt.downNodes.has(node)) return;
    const uid = o.metadata.uid ?? "";
    const ns = o.metadata.namespace ?? "default";
    if (o.metadata.deletionTimestamp) {
      const run = runs.get(uid);
      const markedAt = rt.secondsOf(o.metadata.deletionTimestamp) - (typeof o.metadata.deletionGracePeriodSeconds === "number" ? o.metadata.deletionGracePeriodSeconds : 0);
      const doneAt = markedAt + STOP_SECONDS;
      if (rt.now < doneAt) {
        if (run && !run.stopping) {
          run.stopping = true;
          for (const r of run.runs) if (r.phase === "running") rt.record(o, "Normal", "Killing", `Stopping container ${r.container.name}`, SOURCE);
        }
        return { wakeAt: doneAt };
      }
      finish(rt, key, o);
      return;
    }
    if (o.status?.phase === "Succeeded" || o.status?.phase === "Failed") {
      if (!runs.has(uid)) return;
    }
    let run = runs.get(uid);
    if (!run) {
      const nodeObj = rt.store.get(nodeKey(node));
      if (!nodeObj) return;
      const ip = o.spec.hostNetwork ? rt.alloc.nodeInternalIP(node) : rt.alloc.podIP(node);
      run = newPodRun(o, node, rt.now, ip);
      runs.set(uid, run);
    }
    const problem = mountProblem(rt.store, o);
    if (problem) {
      if (run.mountProblem !== problem.message && problem.quiet !== true) rt.record(o, "Warning", "FailedMount", problem.message, SOURCE);
      run.mountProblem = problem.message;
      waitFor(ns, key);
    } else {
      run.mountProblem = undefined;
      advance(o, run, rt.now, hooksFor(rt, run, o));
      if (hasConfigError(run)) waitFor(ns, key);
      else waitingForConfig.get(ns)?.delete(key);
    }
    const hostIP = rt.alloc.nodeInternalIP(node);
    const status = buildPodStatus(o, run, rt.now, (s) => rt.iso(s), hostIP);
    writeStatus(rt, o, status);
    if (status.phase === "Succeeded" || status.phase === "Failed") return;
    const wake = nextWake(run, rt.now);
    return wake ? { wakeAt: wake.at, periodic: wake.periodic } : undefined;
  }

  const configChanged = (change: { object: { metadata: { namespace?: string } } }, enqueue: (key: string) => void): void => {
    for (const key of waitingForConfig.get(change.object.metadata.namespace ?? "default") ?? []) enqueue(key);
  };

  const controller: Controller = {
    name: "kubelet",
    watches: {
      Pod: (change, enqueue) => {
        if (change.type === "DELETED") {
          const uid = change.object.metadata.uid ?? "";
          runs.delete(uid);
          waitingForConfig.get(change.object.metadata.namespace ?? "default")?.delete(change.key);
          return;
        }
        const o = change.object;
        if (isPod(o) && o.spec.nodeName) {
          const old = change.old;
          const relevant = !old || !isPod(old) || old.spec.nodeName !== o.spec.nodeName || old.metadata.deletionTimestamp !== o.metadata.deletionTimestamp || old.spec !== o.spec;
          if (relevant) enqueue(change.key);
        }
      },
      Node: (change, enqueue, rt) => {
        const ready = (o: typeof change.old): string | undefined => (o && isNodeObject(o) ? o.status?.conditions?.find((c) => c.type === "Ready")?.status : undefined);
        if (ready(change.old) !== ready(change.object)) for (const key of rt.store.podsOnNode(change.object.metadata.name ?? "")) enqueue(key);
      },
      ConfigMap: configChanged,
      Secret: configChanged,
      PersistentVolumeClaim: configChanged,
    },
    reconcile,
    resync: (rt) => [...rt.store.keys("Pod")],
  };

  return {
    controller,
    crash(rt, podKey, container, code) {
      const o = rt.store.get(podKey);
      if (!o || !isPod(o)) return false;
      const run = runs.get(o.metadata.uid ?? "");
      const r = run?.runs.find((x) => !x.init && (container === undefined || x.container.name === container) && x.phase === "running");
      if (!run || !r) return false;
      r.exit = { at: rt.now, code, killed: false };
      r.nextAt = rt.now;
      return true;
    },
    env(rt, podKey, container) {
      const o = rt.store.get(podKey);
      if (!o || !isPod(o)) return undefined;
      const run = runs.get(o.metadata.uid ?? "");
      const r = run?.runs.find((x) => x.container.name === container);
      if (r?.env) return r.env;
      const c = [...o.spec.containers, ...(o.spec.initContainers ?? [])].find((x) => x.name === container);
      if (!c) return undefined;
      const result = resolveEnv(rt.store, o, c);
      return result.ok ? result.env : undefined;
    },
  };
}
