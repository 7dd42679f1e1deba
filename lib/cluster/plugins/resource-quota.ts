/**
 * ResourceQuota: what a namespace uses (shared by the quota controller, which writes `status.used`,
 * and the admission check, which refuses a create that would go over `spec.hard` with the API
 * server's message).
 */
import type { KubeObject } from "../object";
import type { Runtime } from "../runtime/context";
import { isPod, record, type Pod } from "../types";
import { podLimit, podRequest, qosClass } from "../util/pod-resources";
import { formatCpu, formatMemory, units, cpuMillis } from "../util/quantity";
import { resourceOf } from "../util/resources";
import { ApiRejection } from "../api-errors";

const COUNTED: Record<string, string> = {
  Pod: "pods", Service: "services", ConfigMap: "configmaps", Secret: "secrets",
  PersistentVolumeClaim: "persistentvolumeclaims", ReplicationController: "replicationcontrollers", ResourceQuota: "resourcequotas",
};

function isCpu(resource: string): boolean {
  return resource === "cpu" || resource.endsWith(".cpu");
}

export function formatAmount(resource: string, value: number): string {
  if (isCpu(resource)) return formatCpu(value);
  if (resource.includes("memory") || resource.includes("storage")) return formatMemory(value);
  return String(value);
}

export function parseAmount(resource: string, value: unknown): number {
  return isCpu(resource) ? cpuMillis(value) : units(value);
}

function podActive(p: Pod): boolean {
  return p.status?.phase !== "Succeeded" && p.status?.phase !== "Failed";
}

/** What one object adds to each quota resource. */
export function usageOf(o: KubeObject): Map<string, number> {
  const out = new Map<string, number>();
  const counted = COUNTED[o.kind];
  if (counted) out.set(counted, 1);
  out.set(`count/${resourceOf(o.kind)}`, 1);
  if (isPod(o)) {
    if (!podActive(o)) return new Map();
    for (const r of ["cpu", "memory", "ephemeral-storage"]) {
      const req = podRequest(o.spec, r);
      out.set(`requests.${r}`, req);
      if (r !== "ephemeral-storage") out.set(r, req);
      const lim = podLimit(o.spec, r);
      if (lim !== undefined) out.set(`limits.${r}`, lim);
    }
  }
  if (o.kind === "Service") {
    const type = record(o.spec)?.type;
    if (type === "LoadBalancer") out.set("services.loadbalancers", 1);
    if (type === "NodePort" || type === "LoadBalancer") out.set("services.nodeports", 1);
  }
  if (o.kind === "PersistentVolumeClaim") {
    const storage = record(record(record(o.spec)?.resources)?.requests)?.storage;
    out.set("requests.storage", units(storage));
  }
  return out;
}

function scopeMatches(quota: KubeObject, o: KubeObject): boolean {
  const scopes = record(quota.spec)?.scopes;
  if (!Array.isArray(scopes) || scopes.length === 0) return true;
  if (!isPod(o)) return false;
  return scopes.every((s) => (s === "BestEffort" ? qosClass(o.spec) === "BestEffort" : s === "NotBestEffort" ? qosClass(o.spec) !== "BestEffort" : true));
}

export function hardOf(quota: KubeObject): Record<string, unknown> {
  return record(record(quota.spec)?.hard) ?? {};
}

/** Current usage of every resource `quota` limits, over the namespace's objects. */
export function quotaUsed(rt: Runtime, quota: KubeObject): Map<string, number> {
  const ns = quota.metadata.namespace ?? "default";
  const hard = Object.keys(hardOf(quota));
  const used = new Map<string, number>(hard.map((r) => [r, 0]));
  const kinds = new Set(["Pod", "Service", "ConfigMap", "Secret", "PersistentVolumeClaim", "ReplicationController", "ResourceQuota"]);
  for (const r of hard) {
    const m = /^count\/([a-z]+)/.exec(r);
    if (m?.[1]) for (const k of ["Deployment", "ReplicaSet", "StatefulSet", "DaemonSet", "Job", "CronJob", "Ingress"]) if (resourceOf(k).startsWith(m[1])) kinds.add(k);
  }
  for (const kind of kinds) {
    for (const o of rt.store.list(kind, ns)) {
      if (o.metadata.deletionTimestamp || !scopeMatches(quota, o)) continue;
      for (const [r, v] of usageOf(o)) if (used.has(r)) used.set(r, (used.get(r) ?? 0) + v);
    }
  }
  return used;
}

/** Refuses `o` when it would take any quota of its namespace over its hard limit. */
export function checkQuota(rt: Runtime, o: KubeObject): void {
  const ns = o.metadata.namespace;
  if (!ns) return;
  if (rt.store.keys("ResourceQuota", ns).size === 0) return;
  const quotas = rt.store.list("ResourceQuota", ns);
  const delta = usageOf(o);
  const name = `${resourceOf(o.kind)} "${o.metadata.name ?? ""}"`;
  for (const quota of quotas) {
    if (!scopeMatches(quota, o)) continue;
    const hard = hardOf(quota);
    if (isPod(o)) {
      const missing: string[] = [];
      for (const r of ["limits.cpu", "limits.memory", "requests.cpu", "requests.memory"]) {
        if (hard[r] === undefined) continue;
        const [kind, res] = r.split(".") as [string, string];
        const lacking = o.spec.containers.filter((c) => (kind === "limits" ? c.resources?.limits?.[res] : c.resources?.requests?.[res] ?? c.resources?.limits?.[res]) === undefined);
        if (lacking.length > 0) missing.push(`${r} for: ${lacking.map((c) => c.name).join(",")}`);
      }
      if (missing.length > 0) throw new ApiRejection(`${name} is forbidden: failed quota: ${quota.metadata.name ?? ""}: must specify ${missing.join("; ")}`, "", 403);
    }
    const used = quotaUsed(rt, quota);
    const over = Object.keys(hard)
      .filter((r) => (delta.get(r) ?? 0) > 0 && (used.get(r) ?? 0) + (delta.get(r) ?? 0) > parseAmount(r, hard[r]))
      .sort();
    if (over.length === 0) continue;
    const list = (f: (r: string) => number): string => over.map((r) => `${r}=${formatAmount(r, f(r))}`).join(",");
    throw new ApiRejection(
      `${name} is forbidden: exceeded quota: ${quota.metadata.name ?? ""}, requested: ${list((r) => delta.get(r) ?? 0)}, used: ${list((r) => used.get(r) ?? 0)}, limited: ${list((r) => parseAmount(r, hard[r]))}`,
      "",
      403,
    );
  }
}
