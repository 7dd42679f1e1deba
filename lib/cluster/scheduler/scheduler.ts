/**
 * kube-scheduler as a controller over unbound pods: pre-filter (volumes), filter every node (see
 * filters.ts), score the feasible ones (see scoring.ts), bind. With more than 100 nodes it stops after
 * finding `numFeasibleNodesToFind` feasible nodes, starting where the previous pod stopped, exactly as
 * the real scheduler's percentageOfNodesToScore does; below that every node is considered. A pod that
 * fits nowhere stays Pending with PodScheduled=False/Unschedulable and a FailedScheduling event, and is
 * retried when a node or a pod changes in a way that could free room.
 */
import { writeStatus } from "../api";
import type { Controller } from "../controllers/controller";
import type { KubeObject } from "../object";
import type { Runtime } from "../runtime/context";
import { keyOf } from "../store/keys";
import { isPod, record, type Pod } from "../types";
import { podRequest } from "../util/pod-resources";
import { selectorMatches } from "../util/labels";
import { setCondition } from "../util/conditions";
import { failedSchedulingMessage, filterNode, fitOnly, matchesNodeAffinity, type Failure, type PodContext } from "./filters";
import { NodeCache, type NodeInfo } from "./node-cache";
import { scanColumns } from "./column-scan";
import { pickNode, scoringRequests } from "./scoring";
import { spreadCounts, termCounts, type TermCounts } from "./topology";
import { waitsForConsumer } from "../controllers/volume-binding";
import { extraFilter, extraNeedsOf } from "./extra-needs";

export const SCHEDULER = "default-scheduler";

const NO_TERMS: readonly TermCounts[] = Object.freeze([]);

function wantsScheduling(o: KubeObject | undefined): o is Pod {
  return o !== undefined && isPod(o) && !o.spec.nodeName && !o.metadata.deletionTimestamp && (o.spec.schedulerName ?? SCHEDULER) === SCHEDULER;
}

/** A pod with no placement constraints beyond resources and taints (most pods). */
function isSimple(pod: Pod, ctx: PodContext, preferredTerms: number): boolean {
  const aff = pod.spec.affinity;
  return !ctx.extra && !pod.spec.nodeSelector && !aff?.nodeAffinity && ctx.affinity.length === 0 && ctx.antiAffinity.length === 0 && ctx.forbidden.length === 0 && ctx.spread.length === 0 && preferredTerms === 0;
}

function numFeasibleNodesToFind(total: number): number {
  if (total < 100) return total;
  const percentage = Math.max(5, 50 - Math.floor(total / 125));
  return Math.max(100, Math.floor((total * percentage) / 100));
}

/** Why the pod's volumes keep it from scheduling anywhere, or undefined (a claim of a WaitForFirstConsumer class binds after scheduling). */
function volumeProblem(rt: Runtime, pod: Pod): string | undefined {
  for (const v of pod.spec.volumes ?? []) {
    const claim = v.persistentVolumeClaim?.claimName;
    if (!claim) continue;
    const pvc = rt.store.get(keyOf("PersistentVolumeClaim", pod.metadata.namespace, claim));
    if (!pvc) return `persistentvolumeclaim "${claim}" not found`;
    if (pvc.metadata.deletionTimestamp) return `persistentvolumeclaim "${claim}" is being deleted`;
    if (record(pvc.status)?.phase !== "Bound" && !waitsForConsumer(rt, pvc)) return "pod has unbound immediate PersistentVolumeClaims";
  }
  return undefined;
}

export function createScheduler(): Controller {
  const cache = new NodeCache();
  const unschedulable = new Set<string>();
  const withAntiAffinity = new Map<string, Pod>();
  let nextStart = 0;

  const retryAll = (enqueue: (key: string) => void): void => {
    for (const key of unschedulable) enqueue(key);
  };

  function forbiddenDomains(pod: Pod): [string, string][] {
    const out: [string, string][] = [];
    for (const other of withAntiAffinity.values()) {
      const node = cache.get(other.spec.nodeName ?? "");
      if (!node) continue;
      for (const term of other.spec.affinity?.podAntiAffinity?.requiredDuringSchedulingIgnoredDuringExecution ?? []) {
        const namespaces = term.namespaces && term.namespaces.length > 0 ? term.namespaces : [other.metadata.namespace];
        if (!namespaces.includes(pod.metadata.namespace) || !selectorMatches(term.labelSelector, pod.metadata.labels)) continue;
        const value = node.labels[term.topologyKey];
        if (value !== undefined) out.push([term.topologyKey, value]);
      }
    }
    return out;
  }

  function contextFor(rt: Runtime, pod: Pod): { ctx: PodContext; preferredAffinity: readonly TermCounts[]; preferredAnti: readonly TermCounts[] } {
    const aff = pod.spec.affinity;
    const needs = extraNeedsOf(pod);
    const extra = needs ? { extra: extraFilter(rt, needs) } : {};
    if (!aff && withAntiAffinity.size === 0 && !pod.spec.topologySpreadConstraints?.length) {
      // No pod-to-pod constraints at all (most pods): nothing to count.
      const ctx: PodContext = { pod, cpu: podRequest(pod.spec, "cpu"), memory: podRequest(pod.spec, "memory"), affinity: NO_TERMS, antiAffinity: NO_TERMS, forbidden: [], spread: [], ...extra };
      return { ctx, preferredAffinity: NO_TERMS, preferredAnti: NO_TERMS };
    }
    const nodeOf = (name: string): NodeInfo | undefined => cache.get(name);
    const ctx: PodContext = {
      pod,
      cpu: podRequest(pod.spec, "cpu"),
      memory: podRequest(pod.spec, "memory"),
      affinity: (aff?.podAffinity?.requiredDuringSchedulingIgnoredDuringExecution ?? []).map((t) => termCounts(rt.store, pod, t, 1, nodeOf)),
      antiAffinity: (aff?.podAntiAffinity?.requiredDuringSchedulingIgnoredDuringExecution ?? []).map((t) => termCounts(rt.store, pod, t, 1, nodeOf)),
      forbidden: withAntiAffinity.size > 0 ? forbiddenDomains(pod) : [],
      spread: [],
      ...extra,
    };
    const constraints = pod.spec.topologySpreadConstraints ?? [];
    if (constraints.length > 0) {
      const eligible = cache.list().filter((n) => matchesNodeAffinity(pod, n));
      ctx.spread = constraints.map((c) => spreadCounts(rt.store, pod, c, eligible, nodeOf));
    }
    return {
      ctx,
      preferredAffinity: (aff?.podAffinity?.preferredDuringSchedulingIgnoredDuringExecution ?? []).map((t) => termCounts(rt.store, pod, t.podAffinityTerm, t.weight, nodeOf)),
      preferredAnti: (aff?.podAntiAffinity?.preferredDuringSchedulingIgnoredDuringExecution ?? []).map((t) => termCounts(rt.store, pod, t.podAffinityTerm, t.weight, nodeOf)),
    };
  }

  function markUnschedulable(rt: Runtime, pod: Pod, key: string, message: string): void {
    unschedulable.add(key);
    const conditions = setCondition(pod.status?.conditions, { type: "PodScheduled", status: "False", reason: "Unschedulable", message }, rt.iso());
    const before = pod.status?.conditions?.find((c) => c.type === "PodScheduled")?.message;
    writeStatus(rt, pod, { ...pod.status, phase: "Pending", conditions });
    if (before !== message) rt.record(pod, "Warning", "FailedScheduling", message, SCHEDULER);
  }

  function schedule(rt: Runtime, key: string): void {
    const o = rt.store.get(key);
    if (!wantsScheduling(o)) {
      unschedulable.delete(key);
      return;
    }
    const nodes = cache.list();
    const volume = volumeProblem(rt, o);
    if (volume) {
      const n = nodes.length;
      const tail = n === 0 ? "" : ` preemption: 0/${n} nodes are available: ${n} Preemption is not helpful for scheduling.`;
      markUnschedulable(rt, o, key, `0/${n} nodes are available: ${volume}.${tail}`);
      return;
    }
    const input = contextFor(rt, o);
    const want = numFeasibleNodesToFind(nodes.length);
    const failures: Failure[] = [];
    let chosen: NodeInfo | undefined;
    let processed = 0;
    if (isSimple(o, input.ctx, input.preferredAffinity.length + input.preferredAnti.length)) {
      // Fast path (no node or pod constraints): filter and score each node from the columns. The
      // list is sorted by name, so on a tie "name sorts first" is "index is lower".
      const scoring = scoringRequests(input.ctx);
      const c = cache.columns();
      const ctx = input.ctx;
      const scan = scanColumns(c, nodes.length, nextStart, want, { cpu: ctx.cpu, memory: ctx.memory, scoringCpu: scoring.cpu, scoringMemory: scoring.memory }, (i) => {
        const node = nodes[i];
        const failure = node ? (c.plain[i] === 1 ? fitOnly(ctx, node) : filterNode(ctx, node)) : undefined;
        if (failure) failures.push(failure);
        return node !== undefined && failure === undefined;
      });
      processed = scan.processed;
      const bestIndex = scan.bestIndex;
      chosen = bestIndex >= 0 ? nodes[bestIndex] : undefined;
    } else {
      const feasible: NodeInfo[] = [];
      for (; processed < nodes.length && feasible.length < want; processed += 1) {
        const node = nodes[(nextStart + processed) % nodes.length];
        if (!node) continue;
        const failure = filterNode(input.ctx, node);
        if (failure) failures.push(failure);
        else feasible.push(node);
      }
      chosen = pickNode({ ctx: input.ctx, preferredAffinity: input.preferredAffinity, preferredAnti: input.preferredAnti }, feasible);
    }
    if (nodes.length > 0) nextStart = (nextStart + processed) % nodes.length;
    if (!chosen) {
      markUnschedulable(rt, o, key, failedSchedulingMessage(nodes.length, failures));
      return;
    }
    unschedulable.delete(key);
    const conditions = setCondition(o.status?.conditions, { type: "PodScheduled", status: "True" }, rt.iso());
    rt.store.putOwned({ ...o, metadata: { ...o.metadata }, spec: { ...o.spec, nodeName: chosen.name }, status: { ...o.status, conditions } });
    rt.record(o, "Normal", "Scheduled", `Successfully assigned ${o.metadata.namespace ?? "default"}/${o.metadata.name ?? ""} to ${chosen.name}`, SCHEDULER);
  }

  return {
    name: "scheduler",
    watches: {
      Pod: (change, enqueue) => {
        const next = change.type === "DELETED" ? undefined : change.object;
        cache.podChanged(change.old, next);
        const pod = next && isPod(next) ? next : undefined;
        if (pod?.spec.affinity?.podAntiAffinity?.requiredDuringSchedulingIgnoredDuringExecution && pod.spec.nodeName) withAntiAffinity.set(change.key, pod);
        else withAntiAffinity.delete(change.key);
        if (wantsScheduling(next)) {
          if (!unschedulable.has(change.key)) enqueue(change.key);
        } else unschedulable.delete(change.key);
        const old = change.old;
        const freed = old && isPod(old) && old.spec.nodeName && (!pod || pod.status?.phase === "Succeeded" || pod.status?.phase === "Failed" || (pod.metadata.deletionTimestamp && !old.metadata.deletionTimestamp));
        if (freed || (pod?.spec.nodeName && !(old && isPod(old) && old.spec.nodeName))) retryAll(enqueue);
      },
      Node: (change, enqueue) => {
        cache.setNode(change.type === "DELETED" ? undefined : change.object, change.object.metadata.name ?? "");
        retryAll(enqueue);
      },
      PersistentVolumeClaim: (_change, enqueue) => retryAll(enqueue),
    },
    reconcile: (key, rt) => schedule(rt, key),
    resync: (rt) => {
      cache.clear();
      unschedulable.clear();
      withAntiAffinity.clear();
      for (const n of rt.store.list("Node")) cache.setNode(n, n.metadata.name ?? "");
      const keys: string[] = [];
      for (const key of rt.store.keys("Pod")) {
        const p = rt.store.get(key);
        cache.podChanged(undefined, p);
        if (p && isPod(p) && p.spec.nodeName && p.spec.affinity?.podAntiAffinity?.requiredDuringSchedulingIgnoredDuringExecution) withAntiAffinity.set(key, p);
        if (wantsScheduling(p)) keys.push(key);
      }
      return keys;
    },
  };
}
