/** API resource names of kinds, as the API server words its messages (`deployments.apps "web"`). */
const GROUPS: Record<string, string> = {
  Deployment: "apps", ReplicaSet: "apps", StatefulSet: "apps", DaemonSet: "apps", ControllerRevision: "apps",
  Job: "batch", CronJob: "batch", Ingress: "networking.k8s.io", IngressClass: "networking.k8s.io",
  NetworkPolicy: "networking.k8s.io", HorizontalPodAutoscaler: "autoscaling", PodDisruptionBudget: "policy",
  StorageClass: "storage.k8s.io", EndpointSlice: "discovery.k8s.io", Role: "rbac.authorization.k8s.io",
  RoleBinding: "rbac.authorization.k8s.io", ClusterRole: "rbac.authorization.k8s.io",
  ClusterRoleBinding: "rbac.authorization.k8s.io", PriorityClass: "scheduling.k8s.io",
};

export function pluralOf(kind: string): string {
  const lower = kind.toLowerCase();
  if (lower.endsWith("s")) return `${lower}es`;
  if (lower.endsWith("y")) return `${lower.slice(0, -1)}ies`;
  return `${lower}s`;
}

/** `deployments.apps`, `pods`: the resource as error messages name it. */
export function resourceOf(kind: string): string {
  const group = GROUPS[kind];
  return group ? `${pluralOf(kind)}.${group}` : pluralOf(kind);
}

/** `deployment.apps/web`, `pod/web-1`: how kubectl prints an object's name. */
export function kubectlName(kind: string, name: string): string {
  const group = GROUPS[kind];
  return `${kind.toLowerCase()}${group ? `.${group}` : ""}/${name}`;
}
