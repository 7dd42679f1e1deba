/** Effective pod requests and limits as the scheduler and quota count them, and the pod's QoS class. */
import type { Container, PodSpec } from "../types";
import { cpuMillis, units } from "./quantity";

function amount(resource: string, value: unknown): number {
  return resource === "cpu" ? cpuMillis(value) : units(value);
}

/** A container's request: `requests`, else `limits` (the API server copies limits into missing requests). */
export function containerRequest(c: Container, resource: string): number {
  const v = c.resources?.requests?.[resource] ?? c.resources?.limits?.[resource];
  return v === undefined ? 0 : amount(resource, v);
}

export function containerLimit(c: Container, resource: string): number | undefined {
  const v = c.resources?.limits?.[resource];
  return v === undefined ? undefined : amount(resource, v);
}

const requestCache = new WeakMap<object, Map<string, number>>();

/**
 * max(sum of app containers, largest init container), as the scheduler computes it. Memoised per
 * frozen containers list, which every pod of a workload shares with its template.
 */
export function podRequest(spec: PodSpec, resource: string): number {
  const cacheable = !spec.initContainers && Object.isFrozen(spec.containers);
  let cached = cacheable ? requestCache.get(spec.containers) : undefined;
  const hit = cached?.get(resource);
  if (hit !== undefined) return hit;
  const value = computeRequest(spec, resource);
  if (cacheable) {
    if (!cached) requestCache.set(spec.containers, (cached = new Map()));
    cached.set(resource, value);
  }
  return value;
}

function computeRequest(spec: PodSpec, resource: string): number {
  let sum = 0;
  for (const c of spec.containers) sum += containerRequest(c, resource);
  for (const c of spec.initContainers ?? []) sum = Math.max(sum, containerRequest(c, resource));
  return sum;
}

/** Sum of limits, or undefined when any container has none (unbounded). */
export function podLimit(spec: PodSpec, resource: string): number | undefined {
  let sum = 0;
  for (const c of spec.containers) {
    const l = containerLimit(c, resource);
    if (l === undefined) return undefined;
    sum += l;
  }
  return sum;
}

type QosClass = "Guaranteed" | "Burstable" | "BestEffort";

const qosCache = new WeakMap<object, QosClass>();

/** The pod's QoS class; memoised per frozen containers list when there are no init containers. */
export function qosClass(spec: PodSpec): QosClass {
  const cacheable = !spec.initContainers && Object.isFrozen(spec.containers);
  const hit = cacheable ? qosCache.get(spec.containers) : undefined;
  if (hit) return hit;
  const value = computeQosClass(spec);
  if (cacheable) qosCache.set(spec.containers, value);
  return value;
}

function computeQosClass(spec: PodSpec): QosClass {
  const all = [...spec.containers, ...(spec.initContainers ?? [])];
  let any = false;
  let guaranteed = true;
  for (const c of all) {
    for (const r of ["cpu", "memory"]) {
      const req = c.resources?.requests?.[r] ?? c.resources?.limits?.[r];
      const lim = c.resources?.limits?.[r];
      if (req !== undefined || lim !== undefined) any = true;
      if (lim === undefined || req === undefined || amount(r, req) !== amount(r, lim)) guaranteed = false;
    }
  }
  if (!any) return "BestEffort";
  return guaranteed ? "Guaranteed" : "Burstable";
}
