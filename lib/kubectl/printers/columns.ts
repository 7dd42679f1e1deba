/**
 * The columns `kubectl get` prints per kind, default and `-o wide`, as the API server's table
 * printers define them. Kinds the engine's tables already print as kubectl does reuse those cells,
 * with AGE in kubectl's own duration format; kinds without a printer get NAME and AGE.
 */
import { COLUMNS, podReady, podRestarts, podStatus, type KubeObject } from "../../cluster";
import { humanDuration } from "./age";
import { quotaLimit, quotaRequest } from "./quota-columns";

export interface Clock {
  readonly now: number;
  readonly secondsOf: (iso: string | undefined) => number;
}

export type Cell = (o: KubeObject, clock: Clock) => string;
export type Column = readonly [header: string, cell: Cell];

const rec = (v: unknown): Record<string, unknown> => (v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const spec = (o: KubeObject): Record<string, unknown> => rec(o.spec);
const status = (o: KubeObject): Record<string, unknown> => rec(o.status);
const none = (s: string): string => (s === "" ? "<none>" : s);

export const age: Column = ["AGE", (o, c) => humanDuration(c.now - c.secondsOf(o.metadata.creationTimestamp))];

/** `app=web,tier=front` (sorted by key, as Go prints a map) or `<none>`. */
export function labelsText(labels: Readonly<Record<string, string>> | undefined): string {
  return none(Object.keys(labels ?? {}).sort().map((k) => `${k}=${labels?.[k] ?? ""}`).join(","));
}

function selectorText(v: unknown): string {
  const s = rec(v);
  const labels = "matchLabels" in s || "matchExpressions" in s ? rec(s.matchLabels) : s;
  const parts = Object.keys(labels).sort().map((k) => `${k}=${String(labels[k])}`);
  for (const e of list(s.matchExpressions).map(rec)) {
    const values = list(e.values).map(String).join(",");
    if (e.operator === "In") parts.push(`${String(e.key)} in (${values})`);
    else if (e.operator === "NotIn") parts.push(`${String(e.key)} notin (${values})`);
    else if (e.operator === "Exists") parts.push(String(e.key));
    else if (e.operator === "DoesNotExist") parts.push(`!${String(e.key)}`);
  }
  return none(parts.join(","));
}

const templateContainers = (o: KubeObject): Record<string, unknown>[] => {
  const podSpec = o.kind === "CronJob" ? rec(rec(rec(rec(spec(o).jobTemplate).spec).template).spec) : rec(rec(spec(o).template).spec);
  return list(podSpec.containers).map(rec);
};
const containersWide: Column[] = [
  ["CONTAINERS", (o) => templateContainers(o).map((c) => String(c.name)).join(",")],
  ["IMAGES", (o) => templateContainers(o).map((c) => String(c.image)).join(",")],
];
const selectorWide: Column = ["SELECTOR", (o) => selectorText(o.kind === "CronJob" ? rec(rec(spec(o).jobTemplate).spec).selector : spec(o).selector)];

/** The engine's cells for a kind, AGE in kubectl's format. */
function engine(kind: string): Column[] {
  return (COLUMNS[kind] ?? []).map(([h, f]): Column => (h === "AGE" ? age : [h, f]));
}

function hpaTargets(o: KubeObject): string {
  const current = list(status(o).currentMetrics).map(rec);
  const metrics = list(spec(o).metrics).map(rec);
  if (metrics.length === 0 && spec(o).targetCPUUtilizationPercentage === undefined) return "<none>";
  const targets = metrics.length > 0 ? metrics : [{ type: "Resource", resource: { name: "cpu", target: { averageUtilization: spec(o).targetCPUUtilizationPercentage } } }];
  return targets.map((m, i) => {
    const resource = rec(m.resource);
    const target = rec(resource.target);
    const cur = rec(rec(current[i]?.resource).current).averageUtilization;
    const want = target.averageUtilization !== undefined ? `${String(target.averageUtilization)}%` : String(target.averageValue ?? target.value ?? "");
    return `${String(resource.name ?? "cpu")}: ${cur === undefined ? "<unknown>" : `${String(cur)}%`}/${want}`;
  }).join(", ");
}

/** kubectl's formatEndpoints: ports outer, ready addresses inner, three shown then `+ N more...`; `<none>` without subsets. */
function endpointsText(o: KubeObject): string {
  const subsets = list(o.subsets).map(rec);
  if (subsets.length === 0) return "<none>";
  const shown: string[] = [];
  let count = 0;
  for (const subset of subsets) {
    const ips = list(subset.addresses).map((a) => String(rec(a).ip));
    const ports = list(subset.ports).map((p) => String(rec(p).port));
    for (const port of ports.length > 0 ? ports : [""]) {
      count += ips.length;
      for (const ip of ips) if (shown.length < 3) shown.push(port ? `${ip}:${port}` : ip);
    }
  }
  return count > 3 ? `${shown.join(",")} + ${count - 3} more...` : shown.join(",");
}

const pvc: Column[] = [
  ["STATUS", (o) => String(status(o).phase ?? "Pending")],
  ["VOLUME", (o) => String(spec(o).volumeName ?? "")],
  ["CAPACITY", (o) => String(rec(status(o).capacity).storage ?? "")],
  ["ACCESS MODES", (o) => list(status(o).accessModes).map((m) => ({ ReadWriteOnce: "RWO", ReadOnlyMany: "ROX", ReadWriteMany: "RWX", ReadWriteOncePod: "RWOP" })[String(m)] ?? String(m)).join(",")],
  ["STORAGECLASS", (o) => String(spec(o).storageClassName ?? "<unset>")],
  ["VOLUMEATTRIBUTESCLASS", (o) => String(spec(o).volumeAttributesClassName ?? "<unset>")],
  age,
];

const pvColumns = (): Column[] => {
  const base = engine("PersistentVolume");
  const at = base.findIndex(([h]) => h === "AGE");
  return [...base.slice(0, at), ["VOLUMEATTRIBUTESCLASS", (o) => String(spec(o).volumeAttributesClassName ?? "<unset>")], ["REASON", (o) => String(status(o).reason ?? "")], ...base.slice(at)];
};

export interface KindColumns {
  readonly columns: readonly Column[];
  readonly wide: readonly Column[];
}

const TABLES: Readonly<Record<string, KindColumns>> = {
  Pod: {
    columns: [["READY", podReady], ["STATUS", podStatus], ["RESTARTS", (o, c) => podRestarts(o, c.now, c.secondsOf)], age],
    wide: [["IP", (o) => String(status(o).podIP ?? "<none>")], ["NODE", (o) => String(spec(o).nodeName ?? "<none>")], ["NOMINATED NODE", (o) => String(status(o).nominatedNodeName ?? "<none>")], ["READINESS GATES", (o) => { const g = list(spec(o).readinessGates); return g.length === 0 ? "<none>" : `0/${g.length}`; }]],
  },
  Service: { columns: engine("Service"), wide: [["SELECTOR", (o) => selectorText(spec(o).selector)]] },
  Deployment: { columns: engine("Deployment"), wide: [...containersWide, selectorWide] },
  ReplicaSet: { columns: engine("ReplicaSet"), wide: [...containersWide, selectorWide] },
  ReplicationController: { columns: engine("ReplicationController"), wide: [...containersWide, selectorWide] },
  StatefulSet: { columns: engine("StatefulSet"), wide: containersWide },
  DaemonSet: { columns: engine("DaemonSet"), wide: [...containersWide, selectorWide] },
  Job: { columns: engine("Job"), wide: [...containersWide, selectorWide] },
  CronJob: { columns: engine("CronJob"), wide: [...containersWide, selectorWide] },
  Node: {
    columns: engine("Node"),
    wide: [
      ["INTERNAL-IP", (o) => String(list(status(o).addresses).map(rec).find((a) => a.type === "InternalIP")?.address ?? "<none>")],
      ["EXTERNAL-IP", (o) => String(list(status(o).addresses).map(rec).find((a) => a.type === "ExternalIP")?.address ?? "<none>")],
      ["OS-IMAGE", (o) => String(rec(status(o).nodeInfo).osImage ?? "<unknown>")],
      ["KERNEL-VERSION", (o) => String(rec(status(o).nodeInfo).kernelVersion ?? "<unknown>")],
      ["CONTAINER-RUNTIME", (o) => String(rec(status(o).nodeInfo).containerRuntimeVersion ?? "<unknown>")],
    ],
  },
  Namespace: { columns: engine("Namespace"), wide: [] },
  ConfigMap: { columns: engine("ConfigMap"), wide: [] },
  Secret: { columns: engine("Secret"), wide: [] },
  Ingress: { columns: engine("Ingress"), wide: [] },
  PersistentVolumeClaim: { columns: pvc, wide: [["VOLUMEMODE", (o) => String(spec(o).volumeMode ?? "Filesystem")]] },
  PersistentVolume: { columns: pvColumns(), wide: [["VOLUMEMODE", (o) => String(spec(o).volumeMode ?? "Filesystem")]] },
  PodDisruptionBudget: { columns: engine("PodDisruptionBudget"), wide: [] },
  EndpointSlice: { columns: engine("EndpointSlice"), wide: [] },
  HorizontalPodAutoscaler: {
    columns: [["REFERENCE", (o) => `${String(rec(spec(o).scaleTargetRef).kind)}/${String(rec(spec(o).scaleTargetRef).name)}`], ["TARGETS", hpaTargets], ["MINPODS", (o) => String(spec(o).minReplicas ?? 1)], ["MAXPODS", (o) => String(spec(o).maxReplicas ?? "")], ["REPLICAS", (o) => String(status(o).currentReplicas ?? 0)], age],
    wide: [],
  },
  Endpoints: { columns: [["ENDPOINTS", endpointsText], age], wide: [] },
  NetworkPolicy: { columns: [["POD-SELECTOR", (o) => selectorText(spec(o).podSelector)], age], wide: [] },
  ServiceAccount: { columns: [["SECRETS", (o) => String(list(o.secrets).length)], age], wide: [] },
  ResourceQuota: { columns: [age, ["REQUEST", quotaRequest], ["LIMIT", quotaLimit]], wide: [] },
  StorageClass: {
    columns: [
      ["PROVISIONER", (o) => String(o.provisioner ?? "")],
      ["RECLAIMPOLICY", (o) => String(o.reclaimPolicy ?? "Delete")],
      ["VOLUMEBINDINGMODE", (o) => String(o.volumeBindingMode ?? "Immediate")],
      ["ALLOWVOLUMEEXPANSION", (o) => String(o.allowVolumeExpansion === true)],
      age,
    ],
    wide: [],
  },
  IngressClass: { columns: [["CONTROLLER", (o) => String(spec(o).controller ?? "")], ["PARAMETERS", (o) => (spec(o).parameters ? "" : "<none>")], age], wide: [] },
  Role: { columns: [["CREATED AT", (o) => String(o.metadata.creationTimestamp ?? "")]], wide: [] },
  ClusterRole: { columns: [["CREATED AT", (o) => String(o.metadata.creationTimestamp ?? "")]], wide: [] },
  RoleBinding: { columns: [["ROLE", (o) => `${String(rec(o.roleRef).kind)}/${String(rec(o.roleRef).name)}`], age], wide: [] },
  ClusterRoleBinding: { columns: [["ROLE", (o) => `${String(rec(o.roleRef).kind)}/${String(rec(o.roleRef).name)}`], age], wide: [] },
  LimitRange: { columns: [["CREATED AT", (o) => String(o.metadata.creationTimestamp ?? "")]], wide: [] },
  PriorityClass: { columns: [["VALUE", (o) => String(o.value ?? 0)], ["GLOBAL-DEFAULT", (o) => String(o.globalDefault === true)], age, ["PREEMPTIONPOLICY", (o) => String(o.preemptionPolicy ?? "PreemptLowerPriority")]], wide: [] },
};

export function columnsFor(kind: string, wide: boolean): readonly Column[] {
  const t = TABLES[kind];
  if (!t) return [age];
  return wide ? [...t.columns, ...t.wide] : t.columns;
}

export { selectorText };
