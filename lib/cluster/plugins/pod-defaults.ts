/**
 * The admission plugins that need cluster state, applied to every pod the API creates (by a user or
 * a controller): ServiceAccount (default account), DefaultTolerationSeconds (300 s for not-ready and
 * unreachable), LimitRanger (defaults and min/max from the namespace's LimitRanges).
 */
import type { KubeObject } from "../object";
import type { Runtime } from "../runtime/context";
import { record, type Container, type Pod, type ResourceRequirements, type Toleration } from "../types";
import { cpuMillis, units } from "../util/quantity";
import { ApiRejection } from "../api-errors";

const DEFAULT_TOLERATIONS: readonly Toleration[] = Object.freeze([
  Object.freeze({ key: "node.kubernetes.io/not-ready", operator: "Exists", effect: "NoExecute", tolerationSeconds: 300 }),
  Object.freeze({ key: "node.kubernetes.io/unreachable", operator: "Exists", effect: "NoExecute", tolerationSeconds: 300 }),
]);

const withDefaults = new WeakMap<readonly Toleration[], readonly Toleration[]>();

/** The pod's tolerations plus the defaults; shared (frozen) across pods of one template. */
function withDefaultTolerations(tolerations: readonly Toleration[] | undefined): readonly Toleration[] {
  if (!tolerations || tolerations.length === 0) return DEFAULT_TOLERATIONS;
  const cached = withDefaults.get(tolerations);
  if (cached) return cached;
  const result = computeTolerations(tolerations);
  if (Object.isFrozen(tolerations)) withDefaults.set(tolerations, Object.freeze(result));
  return result;
}

function computeTolerations(tolerations: readonly Toleration[]): Toleration[] {
  const out = [...tolerations];
  for (const t of DEFAULT_TOLERATIONS) {
    const covered = tolerations.some((x) => (x.key === t.key || (x.key === undefined && x.operator === "Exists")) && (x.effect === undefined || x.effect === "" || x.effect === "NoExecute"));
    if (!covered) out.push(t);
  }
  return out;
}

interface LimitItem { type?: string; default?: Record<string, string>; defaultRequest?: Record<string, string>; max?: Record<string, string>; min?: Record<string, string> }

function limitItems(o: KubeObject): LimitItem[] {
  const limits = record(o.spec)?.limits;
  return Array.isArray(limits) ? limits.filter((l): l is LimitItem => record(l) !== undefined) : [];
}

function amount(resource: string, v: unknown): number {
  return resource === "cpu" ? cpuMillis(v) : units(v);
}

function applyLimitRange(c: Container, items: readonly LimitItem[], podName: string, set: string[]): Container {
  const requests: Record<string, string | number> = { ...(c.resources?.requests ?? {}) };
  const limits: Record<string, string | number> = { ...(c.resources?.limits ?? {}) };
  for (const item of items) {
    if ((item.type ?? "Container") !== "Container") continue;
    for (const [r, v] of Object.entries(item.default ?? {})) {
      if (limits[r] === undefined) { limits[r] = v; set.push(`${r} limit`); }
    }
    for (const [r, v] of Object.entries(item.defaultRequest ?? {})) {
      if (requests[r] === undefined) { requests[r] = limits[r] ?? v; set.push(`${r} request`); }
    }
    for (const [r, v] of Object.entries(item.default ?? {})) if (requests[r] === undefined) requests[r] = limits[r] ?? v;
  }
  for (const item of items) {
    if ((item.type ?? "Container") !== "Container") continue;
    for (const [r, max] of Object.entries(item.max ?? {})) {
      const lim = limits[r];
      if (lim === undefined) throw new ApiRejection(`pods "${podName}" is forbidden: maximum ${r} usage per Container is ${max}.  No limit is specified`);
      if (amount(r, lim) > amount(r, max)) throw new ApiRejection(`pods "${podName}" is forbidden: maximum ${r} usage per Container is ${max}, but limit is ${lim}`);
    }
    for (const [r, min] of Object.entries(item.min ?? {})) {
      const req = requests[r];
      if (req === undefined) throw new ApiRejection(`pods "${podName}" is forbidden: minimum ${r} usage per Container is ${min}.  No request is specified`);
      if (amount(r, req) < amount(r, min)) throw new ApiRejection(`pods "${podName}" is forbidden: minimum ${r} usage per Container is ${min}, but request is ${req}`);
    }
  }
  const resources: ResourceRequirements = {};
  if (Object.keys(requests).length > 0) resources.requests = requests;
  if (Object.keys(limits).length > 0) resources.limits = limits;
  return { ...c, resources };
}

/**
 * Applies the stateful admission plugins to a pod being created, in place: the pod, its metadata
 * and its spec are the create call's own unfrozen copies (keys keep their places; new keys go last,
 * as a spread would put them). Throws ApiRejection.
 */
export function admitPod(rt: Runtime, pod: Pod): void {
  const ns = pod.metadata.namespace ?? "default";
  const items = rt.store.keys("LimitRange", ns).size === 0 ? [] : rt.store.list("LimitRange", ns).flatMap(limitItems);
  const name = pod.metadata.name ?? "";
  const set: string[] = [];
  const spec = pod.spec;
  const containers = items.length > 0 ? spec.containers.map((c) => applyLimitRange(c, items, name, set)) : spec.containers;
  if (set.length > 0) {
    pod.metadata.annotations = {
      ...(pod.metadata.annotations ?? {}),
      "kubernetes.io/limit-ranger": `LimitRanger plugin set: ${[...new Set(set)].join(", ")} for container ${spec.containers.map((c) => c.name).join(", ")}`,
    };
  }
  spec.containers = containers;
  spec.serviceAccountName = spec.serviceAccountName ?? "default";
  spec.tolerations = withDefaultTolerations(spec.tolerations);
}
