/**
 * What a few pods ask of a node beyond CPU, memory and a pod slot: host ports (the NodePorts
 * plugin) and other resources — ephemeral-storage and extended resources such as nvidia.com/gpu
 * (NodeResourcesFit). Most pods ask for none, so they never pay for this; for those that do, each
 * node's usage is summed from the pods bound to it, once per scheduling attempt.
 */
import type { Runtime } from "../runtime/context";
import { keyOf } from "../store/keys";
import { isPod, record, type Pod } from "../types";
import { podRequest } from "../util/pod-resources";
import { units } from "../util/quantity";

export interface HostPort { readonly port: number; readonly protocol: string; readonly hostIP: string }

export interface ExtraNeeds {
  readonly hostPorts: readonly HostPort[];
  /** resource name → amount (in units) for resources other than cpu, memory and pods */
  readonly resources: ReadonlyMap<string, number>;
}

const BASIC = new Set(["cpu", "memory", "pods"]);

export function hostPortsOf(pod: Pod): HostPort[] {
  const out: HostPort[] = [];
  for (const c of [...(pod.spec.initContainers ?? []), ...pod.spec.containers]) {
    for (const p of c.ports ?? []) {
      if (typeof p.hostPort === "number" && p.hostPort > 0) out.push({ port: p.hostPort, protocol: p.protocol ?? "TCP", hostIP: typeof p.hostIP === "string" && p.hostIP !== "" ? p.hostIP : "0.0.0.0" });
    }
  }
  return out;
}

function extraResourceNames(pod: Pod): Set<string> {
  const names = new Set<string>();
  for (const c of [...(pod.spec.initContainers ?? []), ...pod.spec.containers]) {
    for (const r of [c.resources?.requests, c.resources?.limits]) for (const k of Object.keys(r ?? {})) if (!BASIC.has(k)) names.add(k);
  }
  return names;
}

/** Pods of one workload share their (frozen) containers list: decided once per list. */
const needsCache = new WeakMap<object, ExtraNeeds | null>();

/** The pod's extra needs, or undefined for the usual pod that has none. */
export function extraNeedsOf(pod: Pod): ExtraNeeds | undefined {
  const cacheable = !pod.spec.initContainers && Object.isFrozen(pod.spec.containers);
  const cached = cacheable ? needsCache.get(pod.spec.containers) : undefined;
  if (cached !== undefined) return cached ?? undefined;
  const needs = computeNeeds(pod);
  if (cacheable) needsCache.set(pod.spec.containers, needs ?? null);
  return needs;
}

function computeNeeds(pod: Pod): ExtraNeeds | undefined {
  const hostPorts = hostPortsOf(pod);
  const names = extraResourceNames(pod);
  if (hostPorts.length === 0 && names.size === 0) return undefined;
  const resources = new Map<string, number>();
  for (const name of names) {
    const amount = podRequest(pod.spec, name);
    if (amount > 0) resources.set(name, amount);
  }
  return { hostPorts, resources };
}

interface NodeUsage { readonly ports: HostPort[]; readonly resources: Map<string, number>; readonly allocatable: Record<string, unknown> }

const conflicts = (a: HostPort, b: HostPort): boolean =>
  a.port === b.port && a.protocol === b.protocol && (a.hostIP === b.hostIP || a.hostIP === "0.0.0.0" || b.hostIP === "0.0.0.0");

/** A node filter for pods with extra needs: NodePorts' and NodeResourcesFit's reasons, or undefined when it fits. */
export function extraFilter(rt: Runtime, needs: ExtraNeeds): (node: string) => { ports?: string; resources: string[] } | undefined {
  const usage = new Map<string, NodeUsage>();
  const usageOf = (node: string): NodeUsage => {
    let u = usage.get(node);
    if (u) return u;
    u = { ports: [], resources: new Map(), allocatable: record(record(rt.store.get(keyOf("Node", undefined, node))?.status)?.allocatable) ?? {} };
    for (const key of rt.store.podsOnNode(node)) {
      const p = rt.store.get(key);
      if (!p || !isPod(p) || p.status?.phase === "Succeeded" || p.status?.phase === "Failed") continue;
      if (needs.hostPorts.length > 0) u.ports.push(...hostPortsOf(p));
      for (const name of needs.resources.keys()) u.resources.set(name, (u.resources.get(name) ?? 0) + podRequest(p.spec, name));
    }
    usage.set(node, u);
    return u;
  };
  return (node) => {
    const u = usageOf(node);
    const ports = needs.hostPorts.some((want) => u.ports.some((used) => conflicts(want, used))) ? "node(s) didn't have free ports for the requested pod ports" : undefined;
    const resources: string[] = [];
    for (const [name, amount] of needs.resources) {
      if ((u.resources.get(name) ?? 0) + amount > units(u.allocatable[name] ?? 0)) resources.push(`Insufficient ${name}`);
    }
    return ports || resources.length > 0 ? { ...(ports ? { ports } : {}), resources } : undefined;
  };
}
