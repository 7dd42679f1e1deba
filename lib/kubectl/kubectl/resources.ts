/**
 * The API resources kubectl knows, as data (the rows of `kubectl api-resources` for the kinds the
 * engine serves), and how a typed resource name (`po`, `deploy`, `deployments.apps`, `Pod`) resolves.
 */
export interface ApiResource {
  readonly name: string;
  readonly shortNames: readonly string[];
  readonly apiVersion: string;
  readonly namespaced: boolean;
  readonly kind: string;
}

type Row = readonly [name: string, shortNames: string, apiVersion: string, namespaced: boolean, kind: string];

const ROWS: readonly Row[] = [
  ["bindings", "", "v1", true, "Binding"],
  ["componentstatuses", "cs", "v1", false, "ComponentStatus"],
  ["configmaps", "cm", "v1", true, "ConfigMap"],
  ["endpoints", "ep", "v1", true, "Endpoints"],
  ["events", "ev", "v1", true, "Event"],
  ["limitranges", "limits", "v1", true, "LimitRange"],
  ["namespaces", "ns", "v1", false, "Namespace"],
  ["nodes", "no", "v1", false, "Node"],
  ["persistentvolumeclaims", "pvc", "v1", true, "PersistentVolumeClaim"],
  ["persistentvolumes", "pv", "v1", false, "PersistentVolume"],
  ["pods", "po", "v1", true, "Pod"],
  ["podtemplates", "", "v1", true, "PodTemplate"],
  ["replicationcontrollers", "rc", "v1", true, "ReplicationController"],
  ["resourcequotas", "quota", "v1", true, "ResourceQuota"],
  ["secrets", "", "v1", true, "Secret"],
  ["serviceaccounts", "sa", "v1", true, "ServiceAccount"],
  ["services", "svc", "v1", true, "Service"],
  ["customresourcedefinitions", "crd,crds", "apiextensions.k8s.io/v1", false, "CustomResourceDefinition"],
  ["controllerrevisions", "", "apps/v1", true, "ControllerRevision"],
  ["daemonsets", "ds", "apps/v1", true, "DaemonSet"],
  ["deployments", "deploy", "apps/v1", true, "Deployment"],
  ["replicasets", "rs", "apps/v1", true, "ReplicaSet"],
  ["statefulsets", "sts", "apps/v1", true, "StatefulSet"],
  ["horizontalpodautoscalers", "hpa", "autoscaling/v2", true, "HorizontalPodAutoscaler"],
  ["cronjobs", "cj", "batch/v1", true, "CronJob"],
  ["jobs", "", "batch/v1", true, "Job"],
  ["leases", "", "coordination.k8s.io/v1", true, "Lease"],
  ["endpointslices", "", "discovery.k8s.io/v1", true, "EndpointSlice"],
  ["ingressclasses", "", "networking.k8s.io/v1", false, "IngressClass"],
  ["ingresses", "ing", "networking.k8s.io/v1", true, "Ingress"],
  ["networkpolicies", "netpol", "networking.k8s.io/v1", true, "NetworkPolicy"],
  ["poddisruptionbudgets", "pdb", "policy/v1", true, "PodDisruptionBudget"],
  ["clusterrolebindings", "", "rbac.authorization.k8s.io/v1", false, "ClusterRoleBinding"],
  ["clusterroles", "", "rbac.authorization.k8s.io/v1", false, "ClusterRole"],
  ["rolebindings", "", "rbac.authorization.k8s.io/v1", true, "RoleBinding"],
  ["roles", "", "rbac.authorization.k8s.io/v1", true, "Role"],
  ["priorityclasses", "pc", "scheduling.k8s.io/v1", false, "PriorityClass"],
  ["csidrivers", "", "storage.k8s.io/v1", false, "CSIDriver"],
  ["csinodes", "", "storage.k8s.io/v1", false, "CSINode"],
  ["storageclasses", "sc", "storage.k8s.io/v1", false, "StorageClass"],
  ["volumeattachments", "", "storage.k8s.io/v1", false, "VolumeAttachment"],
];

export const API_RESOURCES: readonly ApiResource[] = ROWS.map(([name, short, apiVersion, namespaced, kind]) => ({
  name, shortNames: short === "" ? [] : short.split(","), apiVersion, namespaced, kind,
}));

export const groupOf = (r: ApiResource): string => (r.apiVersion.includes("/") ? r.apiVersion.slice(0, r.apiVersion.indexOf("/")) : "");

/** `deployment.apps`, `pod`: the prefix kubectl prints before an object's name. */
export function kindPrefix(r: ApiResource): string {
  const group = groupOf(r);
  return `${r.kind.toLowerCase()}${group ? `.${group}` : ""}`;
}

/** `deployments.apps`, `pods`: how API errors name the resource. */
export function qualifiedName(r: ApiResource): string {
  const group = groupOf(r);
  return `${r.name}${group ? `.${group}` : ""}`;
}

/** Resolves what a person typed (plural, singular, short name, Kind, optionally `.group`). */
export function resolveResource(typed: string): ApiResource | undefined {
  const lower = typed.toLowerCase();
  const dot = lower.indexOf(".");
  const base = dot < 0 ? lower : lower.slice(0, dot);
  const group = dot < 0 ? undefined : lower.slice(dot + 1).replace(/^v\d+[a-z0-9]*\.?/, "");
  // core-group events win over events.k8s.io, as kubectl's discovery order makes them.
  return API_RESOURCES.find((r) =>
    (r.name === base || r.kind.toLowerCase() === base || r.shortNames.includes(base))
    && (group === undefined || groupOf(r) === group || (group === "" && groupOf(r) === "")));
}

export function resourceOfKind(kind: string): ApiResource | undefined {
  return API_RESOURCES.find((r) => r.kind === kind);
}
