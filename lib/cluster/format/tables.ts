/**
 * `kubectl get` tables: one per kind with kubectl's columns, and `kubectl get events`. Pure: takes the
 * objects and the virtual clock, returns text.
 */
import type { KubeObject } from "../object";
import type { ClusterEvent } from "../runtime/events";
import { num, record, stringMap } from "../types";
import { kubectlName } from "../util/resources";
import { formatAge } from "../util/time";
import { podReady, podRestarts, podStatus } from "./pod-columns";

export interface Clock {
  readonly now: number;
  readonly secondsOf: (iso: string | undefined) => number;
}

type Column = readonly [string, (o: KubeObject, clock: Clock) => string];

const spec = (o: KubeObject): Record<string, unknown> => record(o.spec) ?? {};
const status = (o: KubeObject): Record<string, unknown> => record(o.status) ?? {};
const n = (v: unknown): string => String(num(v, 0));
const age: Column = ["AGE", (o, c) => formatAge(c.now - c.secondsOf(o.metadata.creationTimestamp))];
const items = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);
const modes = (v: unknown): string => strings(v).map((m) => ({ ReadWriteOnce: "RWO", ReadOnlyMany: "ROX", ReadWriteMany: "RWX", ReadWriteOncePod: "RWOP" })[m] ?? m).join(",");

function servicePorts(o: KubeObject): string {
  const ports = items(spec(o).ports);
  const out = ports.map((p) => {
    const r = record(p) ?? {};
    return `${n(r.port)}${typeof r.nodePort === "number" ? `:${r.nodePort}` : ""}/${typeof r.protocol === "string" ? r.protocol : "TCP"}`;
  });
  return out.length > 0 ? out.join(",") : "<none>";
}

function externalIP(o: KubeObject): string {
  const lb = record(status(o).loadBalancer)?.ingress;
  const ips = Array.isArray(lb) ? lb.map((x) => record(x)?.ip ?? record(x)?.hostname).filter((x): x is string => typeof x === "string") : [];
  if (spec(o).type === "LoadBalancer") return ips.length > 0 ? ips.join(",") : "<pending>";
  if (spec(o).type === "ExternalName") return typeof spec(o).externalName === "string" ? String(spec(o).externalName) : "<none>";
  return "<none>";
}

function jobStatus(o: KubeObject): string {
  const conditions = items(status(o).conditions).map(record);
  if (conditions.some((c) => c?.type === "Complete" && c.status === "True")) return "Complete";
  if (conditions.some((c) => c?.type === "Failed" && c.status === "True")) return "Failed";
  return "Running";
}

function nodeStatus(o: KubeObject): string {
  const conditions = items(status(o).conditions).map(record);
  const ready = conditions.find((c) => c?.type === "Ready")?.status === "True" ? "Ready" : "NotReady";
  return spec(o).unschedulable === true ? `${ready},SchedulingDisabled` : ready;
}

export const COLUMNS: Readonly<Record<string, readonly Column[]>> = {
  Pod: [["READY", podReady], ["STATUS", podStatus], ["RESTARTS", (o, c) => podRestarts(o, c.now, c.secondsOf)], age, ["IP", (o) => String(status(o).podIP ?? "<none>")], ["NODE", (o) => String(spec(o).nodeName ?? "<none>")]],
  Service: [["TYPE", (o) => String(spec(o).type ?? "ClusterIP")], ["CLUSTER-IP", (o) => String(spec(o).clusterIP ?? "<none>")], ["EXTERNAL-IP", externalIP], ["PORT(S)", servicePorts], age],
  Deployment: [["READY", (o) => `${n(status(o).readyReplicas)}/${n(spec(o).replicas)}`], ["UP-TO-DATE", (o) => n(status(o).updatedReplicas)], ["AVAILABLE", (o) => n(status(o).availableReplicas)], age],
  ReplicaSet: [["DESIRED", (o) => n(spec(o).replicas)], ["CURRENT", (o) => n(status(o).replicas)], ["READY", (o) => n(status(o).readyReplicas)], age],
  ReplicationController: [["DESIRED", (o) => n(spec(o).replicas)], ["CURRENT", (o) => n(status(o).replicas)], ["READY", (o) => n(status(o).readyReplicas)], age],
  StatefulSet: [["READY", (o) => `${n(status(o).readyReplicas)}/${n(spec(o).replicas)}`], age],
  DaemonSet: [["DESIRED", (o) => n(status(o).desiredNumberScheduled)], ["CURRENT", (o) => n(status(o).currentNumberScheduled)], ["READY", (o) => n(status(o).numberReady)], ["UP-TO-DATE", (o) => n(status(o).updatedNumberScheduled)], ["AVAILABLE", (o) => n(status(o).numberAvailable)], ["NODE SELECTOR", (o) => Object.entries(stringMap(record(record(spec(o).template)?.spec)?.nodeSelector)).map(([k, v]) => `${k}=${v}`).join(",") || "<none>"], age],
  Job: [["STATUS", jobStatus], ["COMPLETIONS", (o) => `${n(status(o).succeeded)}/${n(spec(o).completions ?? 1)}`], ["DURATION", (o, c) => formatAge((typeof status(o).completionTime === "string" ? c.secondsOf(String(status(o).completionTime)) : c.now) - c.secondsOf(typeof status(o).startTime === "string" ? String(status(o).startTime) : undefined))], age],
  CronJob: [["SCHEDULE", (o) => String(spec(o).schedule ?? "")], ["TIMEZONE", (o) => String(spec(o).timeZone ?? "<none>")], ["SUSPEND", (o) => String(spec(o).suspend === true)], ["ACTIVE", (o) => String(items(status(o).active).length)], ["LAST SCHEDULE", (o, c) => (typeof status(o).lastScheduleTime === "string" ? formatAge(c.now - c.secondsOf(String(status(o).lastScheduleTime))) : "<none>")], age],
  PersistentVolumeClaim: [["STATUS", (o) => String(status(o).phase ?? "Pending")], ["VOLUME", (o) => String(spec(o).volumeName ?? "")], ["CAPACITY", (o) => String(record(status(o).capacity)?.storage ?? "")], ["ACCESS MODES", (o) => modes(status(o).accessModes)], ["STORAGECLASS", (o) => String(spec(o).storageClassName ?? "<unset>")], age],
  PersistentVolume: [["CAPACITY", (o) => String(record(spec(o).capacity)?.storage ?? "")], ["ACCESS MODES", (o) => modes(spec(o).accessModes)], ["RECLAIM POLICY", (o) => String(spec(o).persistentVolumeReclaimPolicy ?? "Retain")], ["STATUS", (o) => String(status(o).phase ?? "")], ["CLAIM", (o) => { const r = record(spec(o).claimRef); return r ? `${String(r.namespace)}/${String(r.name)}` : ""; }], ["STORAGECLASS", (o) => String(spec(o).storageClassName ?? "")], age],
  Ingress: [["CLASS", (o) => String(spec(o).ingressClassName ?? "<none>")], ["HOSTS", (o) => items(spec(o).rules).map((r) => String(record(r)?.host ?? "*")).join(",") || "*"], ["ADDRESS", (o) => { const i = record(status(o).loadBalancer)?.ingress; return Array.isArray(i) ? i.map((x) => String(record(x)?.ip ?? "")).join(",") : ""; }], ["PORTS", (o) => (items(spec(o).tls).length > 0 ? "80, 443" : "80")], age],
  ConfigMap: [["DATA", (o) => String(Object.keys(record(o.data) ?? {}).length + Object.keys(record(o.binaryData) ?? {}).length)], age],
  Secret: [["TYPE", (o) => String(o.type ?? "Opaque")], ["DATA", (o) => String(new Set([...Object.keys(record(o.data) ?? {}), ...Object.keys(record(o.stringData) ?? {})]).size)], age],
  HorizontalPodAutoscaler: [["REFERENCE", (o) => { const r = record(spec(o).scaleTargetRef) ?? {}; return `${String(r.kind)}/${String(r.name)}`; }], ["TARGETS", (o) => { const m = record(record(items(status(o).currentMetrics)[0])?.resource); const cur = record(m?.current)?.averageUtilization; return `cpu: ${cur === undefined ? "<unknown>" : `${String(cur)}%`}`; }], ["MINPODS", (o) => n(spec(o).minReplicas ?? 1)], ["MAXPODS", (o) => n(spec(o).maxReplicas)], ["REPLICAS", (o) => n(status(o).currentReplicas)], age],
  PodDisruptionBudget: [["MIN AVAILABLE", (o) => (spec(o).minAvailable === undefined ? "N/A" : String(spec(o).minAvailable))], ["MAX UNAVAILABLE", (o) => (spec(o).maxUnavailable === undefined ? "N/A" : String(spec(o).maxUnavailable))], ["ALLOWED DISRUPTIONS", (o) => n(status(o).disruptionsAllowed)], age],
  Node: [["STATUS", nodeStatus], ["ROLES", (o) => Object.keys(o.metadata.labels ?? {}).filter((k) => k.startsWith("node-role.kubernetes.io/")).map((k) => k.slice(24)).join(",") || "<none>"], age, ["VERSION", (o) => String(record(status(o).nodeInfo)?.kubeletVersion ?? "")]],
  Namespace: [["STATUS", (o) => String(status(o).phase ?? "Active")], age],
  EndpointSlice: [["ADDRESSTYPE", (o) => String(o.addressType ?? "IPv4")], ["PORTS", (o) => (Array.isArray(o.ports) && o.ports.length > 0 ? o.ports.map((p) => n(record(p)?.port)).join(",") : "<unset>")], ["ENDPOINTS", (o) => { const e = Array.isArray(o.endpoints) ? o.endpoints.flatMap((x) => strings(record(x)?.addresses)) : []; return e.length > 0 ? e.slice(0, 3).join(",") + (e.length > 3 ? ` + ${e.length - 3} more...` : "") : "<none>"; }], age],
};

function table(rows: readonly string[][]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd((widths[i] ?? 0) + 3))).join("").trimEnd()).join("\n");
}

/** One table per kind, kubectl-style (`deployment.apps/web`), NAMESPACE first when several appear. */
export function formatObjects(objects: readonly KubeObject[], clock: Clock): string {
  const byKind = new Map<string, KubeObject[]>();
  for (const o of objects) byKind.set(o.kind, [...(byKind.get(o.kind) ?? []), o]);
  const blocks: string[] = [];
  for (const [kind, list] of byKind) {
    const columns = COLUMNS[kind] ?? [age];
    const namespaces = new Set(list.map((o) => o.metadata.namespace).filter((x) => x !== undefined));
    const withNs = namespaces.size > 1;
    const header = [...(withNs ? ["NAMESPACE"] : []), "NAME", ...columns.map(([h]) => h)];
    const rows = list.map((o) => [...(withNs ? [o.metadata.namespace ?? ""] : []), kubectlName(kind, o.metadata.name ?? ""), ...columns.map(([, f]) => f(o, clock))]);
    blocks.push(table([header, ...rows]));
  }
  return blocks.join("\n\n");
}

/** `kubectl get events`, oldest first. */
export function formatEvents(events: readonly ClusterEvent[], clock: Clock): string {
  if (events.length === 0) return "No events.";
  const sorted = [...events].sort((a, b) => a.lastSeconds - b.lastSeconds || a.seq - b.seq);
  const rows = sorted.map((e) => [
    formatAge(clock.now - e.lastSeconds),
    e.type,
    e.reason,
    `${e.involvedObject.kind.toLowerCase()}/${e.involvedObject.name}`,
    e.count > 1 ? `${e.message} (x${e.count} over ${formatAge(e.lastSeconds - e.firstSeconds)})` : e.message,
  ]);
  return table([["LAST SEEN", "TYPE", "REASON", "OBJECT", "MESSAGE"], ...rows]);
}
