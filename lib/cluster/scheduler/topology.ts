/**
 * Pod-to-pod constraints: inter-pod affinity and anti-affinity (required and preferred) and topology
 * spread. For one incoming pod, counts matching pods per topology domain once (through the label
 * index, never by scanning every pod per node), then answers per node in O(terms).
 */
import type { Store } from "../store/store";
import type { Pod, PodAffinityTerm, TopologySpreadConstraint } from "../types";
import { isPod } from "../types";
import { selectorMatches, type LabelSelector } from "../util/labels";
import type { NodeInfo } from "./node-cache";

export type DomainCounts = Map<string, number>;

/** Pods the scheduler counts: bound to a node and not finished. */
function counted(p: Pod): boolean {
  return p.spec.nodeName !== undefined && p.status?.phase !== "Succeeded" && p.status?.phase !== "Failed";
}

function namespacesOf(term: PodAffinityTerm, pod: Pod, store: Store): string[] {
  if (term.namespaces && term.namespaces.length > 0) return term.namespaces;
  if (term.namespaceSelector) {
    return store.list("Namespace").filter((n) => selectorMatches(term.namespaceSelector, n.metadata.labels)).map((n) => n.metadata.name ?? "");
  }
  return [pod.metadata.namespace ?? "default"];
}

/** Pods in `namespaces` matching `selector`, found through the label index where the selector allows. */
export function matchingPods(store: Store, namespaces: readonly string[], selector: LabelSelector | undefined): Pod[] {
  if (!selector) return [];
  const out: Pod[] = [];
  const first = Object.entries(selector.matchLabels ?? {})[0];
  for (const ns of namespaces) {
    const keys = first ? store.podsWithLabel(ns, first[0], first[1]) : store.keys("Pod", ns);
    for (const o of store.resolve(keys)) if (isPod(o) && counted(o) && selectorMatches(selector, o.metadata.labels)) out.push(o);
  }
  return out;
}

/** Counts of pods per value of `topologyKey`, over the nodes known to the cache. */
export function countByDomain(pods: readonly Pod[], topologyKey: string, nodeOf: (name: string) => NodeInfo | undefined): DomainCounts {
  const counts: DomainCounts = new Map();
  for (const p of pods) {
    const value = nodeOf(p.spec.nodeName ?? "")?.labels[topologyKey];
    if (value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

export interface TermCounts {
  readonly term: PodAffinityTerm;
  readonly counts: DomainCounts;
  readonly weight: number;
  readonly selfMatch: boolean;
}

export function termCounts(store: Store, pod: Pod, term: PodAffinityTerm, weight: number, nodeOf: (name: string) => NodeInfo | undefined): TermCounts {
  const pods = matchingPods(store, namespacesOf(term, pod, store), term.labelSelector).filter((p) => p.metadata.uid !== pod.metadata.uid);
  return { term, counts: countByDomain(pods, term.topologyKey, nodeOf), weight, selfMatch: selectorMatches(term.labelSelector, pod.metadata.labels) };
}

export interface SpreadCounts {
  readonly constraint: TopologySpreadConstraint;
  readonly counts: DomainCounts;
  readonly minMatch: number;
  readonly selfMatch: boolean;
}

/** Spread state over the eligible nodes (those passing the pod's node affinity and selector). */
export function spreadCounts(store: Store, pod: Pod, c: TopologySpreadConstraint, eligible: readonly NodeInfo[], nodeOf: (name: string) => NodeInfo | undefined): SpreadCounts {
  const pods = matchingPods(store, [pod.metadata.namespace ?? "default"], c.labelSelector).filter((p) => p.metadata.uid !== pod.metadata.uid);
  const names = new Set(eligible.map((n) => n.name));
  const all = countByDomain(pods.filter((p) => names.has(p.spec.nodeName ?? "")), c.topologyKey, nodeOf);
  const counts: DomainCounts = new Map();
  for (const n of eligible) {
    const v = n.labels[c.topologyKey];
    if (v !== undefined) counts.set(v, all.get(v) ?? 0);
  }
  let minMatch = counts.size === 0 ? 0 : Number.POSITIVE_INFINITY;
  for (const v of counts.values()) minMatch = Math.min(minMatch, v);
  if (c.minDomains !== undefined && counts.size < c.minDomains) minMatch = 0;
  return { constraint: c, counts, minMatch, selfMatch: selectorMatches(c.labelSelector, pod.metadata.labels) };
}
