/**
 * Filter plugins in the default profile's order (NodeUnschedulable, TaintToleration, NodeAffinity,
 * NodePorts, NodeResourcesFit, VolumeBinding is a pre-filter, PodTopologySpread, InterPodAffinity). A node fails
 * at its first failing plugin, as in the scheduler framework; reasons are worded as the real plugins
 * word them, and marked resolvable when preemption could in principle help.
 */
import type { Pod } from "../types";
import { nodeTermMatches } from "../util/labels";
import { firstUntolerated } from "../util/taints";
import type { NodeInfo } from "./node-cache";
import type { SpreadCounts, TermCounts } from "./topology";

export interface Failure {
  readonly reasons: readonly string[];
  /** UnschedulableAndUnresolvable when false: preemption is not helpful. */
  readonly resolvable: boolean;
}

export interface PodContext {
  readonly pod: Pod;
  readonly cpu: number;
  readonly memory: number;
  readonly affinity: readonly TermCounts[];
  readonly antiAffinity: readonly TermCounts[];
  /** Domains where an existing pod's required anti-affinity forbids this pod: [topologyKey, value]. */
  readonly forbidden: readonly (readonly [string, string])[];
  spread: readonly SpreadCounts[];
  /** For pods with host ports or resources beyond cpu and memory (extra-needs.ts): a node's NodePorts and extra fit reasons. */
  readonly extra?: (node: string) => { ports?: string; resources: string[] } | undefined;
}

export function matchesNodeAffinity(pod: Pod, node: NodeInfo): boolean {
  const selector = pod.spec.nodeSelector;
  if (selector) for (const k in selector) if (node.labels[k] !== selector[k]) return false;
  const required = pod.spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution;
  if (!required) return true;
  return required.nodeSelectorTerms.some((t) => nodeTermMatches(t, node.name, node.labels));
}

/** NodeResourcesFit alone, for nodes without taints when the pod has no other constraints. */
export function fitOnly(ctx: PodContext, node: NodeInfo): Failure | undefined {
  if (node.pods + 1 <= node.allocPods && node.reqCpu + ctx.cpu <= node.allocCpu && node.reqMemory + ctx.memory <= node.allocMemory) return undefined;
  return fit(ctx, node);
}

function fit(ctx: PodContext, node: NodeInfo, extraReasons: readonly string[] = []): Failure | undefined {
  const reasons: string[] = [];
  if (node.pods + 1 > node.allocPods) reasons.push("Too many pods");
  if (ctx.cpu > 0 && node.reqCpu + ctx.cpu > node.allocCpu) reasons.push("Insufficient cpu");
  if (ctx.memory > 0 && node.reqMemory + ctx.memory > node.allocMemory) reasons.push("Insufficient memory");
  reasons.push(...extraReasons);
  return reasons.length > 0 ? { reasons, resolvable: true } : undefined;
}

function spread(ctx: PodContext, node: NodeInfo): Failure | undefined {
  for (const s of ctx.spread) {
    if (s.constraint.whenUnsatisfiable !== "DoNotSchedule") continue;
    const value = node.labels[s.constraint.topologyKey];
    if (value === undefined) return { reasons: ["node(s) didn't match pod topology spread constraints (missing required label)"], resolvable: false };
    const skew = (s.counts.get(value) ?? 0) + (s.selfMatch ? 1 : 0) - s.minMatch;
    if (skew > s.constraint.maxSkew) return { reasons: ["node(s) didn't match pod topology spread constraints"], resolvable: true };
  }
  return undefined;
}

/** InterPodAffinity's order: the pod's affinity, its anti-affinity, then existing pods' anti-affinity. */
function interPod(ctx: PodContext, node: NodeInfo): Failure | undefined {
  for (const t of ctx.affinity) {
    const value = node.labels[t.term.topologyKey];
    const anyMatch = [...t.counts.values()].some((c) => c > 0);
    if (!anyMatch && t.selfMatch && value !== undefined) continue;
    if (value === undefined || (t.counts.get(value) ?? 0) === 0) return { reasons: ["node(s) didn't match pod affinity rules"], resolvable: false };
  }
  for (const t of ctx.antiAffinity) {
    const value = node.labels[t.term.topologyKey];
    if (value !== undefined && (t.counts.get(value) ?? 0) > 0) return { reasons: ["node(s) didn't match pod anti-affinity rules"], resolvable: true };
  }
  for (const [key, value] of ctx.forbidden) {
    if (node.labels[key] === value) return { reasons: ["node(s) didn't satisfy existing pods anti-affinity rules"], resolvable: true };
  }
  return undefined;
}

/** Why `node` cannot run the pod, or undefined when it can. */
export function filterNode(ctx: PodContext, node: NodeInfo): Failure | undefined {
  if (node.unschedulable && !(ctx.pod.spec.tolerations ?? []).some((t) => t.key === "node.kubernetes.io/unschedulable" || (!t.key && t.operator === "Exists"))) {
    return { reasons: ["node(s) were unschedulable"], resolvable: false };
  }
  const taint = firstUntolerated(node.taints, ctx.pod.spec.tolerations);
  if (taint) return { reasons: [`node(s) had untolerated taint {${taint.key}: ${taint.value ?? ""}}`], resolvable: false };
  if (!matchesNodeAffinity(ctx.pod, node)) return { reasons: ["node(s) didn't match Pod's node affinity/selector"], resolvable: false };
  const extra = ctx.extra?.(node.name);
  if (extra?.ports) return { reasons: [extra.ports], resolvable: true };
  return fit(ctx, node, extra?.resources) ?? spread(ctx, node) ?? interPod(ctx, node);
}

/** `0/4 nodes are available: … preemption: 0/4 nodes are available: …`, as the scheduler words it. */
export function failedSchedulingMessage(total: number, failures: readonly Failure[]): string {
  const reasons = new Map<string, number>();
  let unresolvable = 0;
  for (const f of failures) {
    if (!f.resolvable) unresolvable += 1;
    for (const r of f.reasons) reasons.set(r, (reasons.get(r) ?? 0) + 1);
  }
  const list = [...reasons].map(([r, n]) => `${n} ${r}`).sort();
  const preempt: string[] = [];
  if (unresolvable > 0) preempt.push(`${unresolvable} Preemption is not helpful for scheduling`);
  if (failures.length - unresolvable > 0) preempt.push(`${failures.length - unresolvable} No preemption victims found for incoming pod`);
  preempt.sort();
  const head = `0/${total} nodes are available`;
  if (total === 0) return "no nodes available to schedule pods";
  return `${head}: ${list.join(", ")}. preemption: ${head}: ${preempt.join(", ")}.`;
}
