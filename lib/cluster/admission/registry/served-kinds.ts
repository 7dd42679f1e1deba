/**
 * The kinds a current (1.33+) API server serves, as data: group/version → [kind, resource, namespaced].
 * Only versions served by default are listed; older versions live in removed-apis.ts.
 */
export interface ServedKind {
  group: string;
  version: string;
  kind: string;
  resource: string;
  namespaced: boolean;
}

type Row = readonly [kind: string, resource: string, namespaced: boolean];

const SERVED: Record<string, readonly Row[]> = {
  v1: [
    ["ConfigMap", "configmaps", true],
    ["Endpoints", "endpoints", true],
    ["Event", "events", true],
    ["LimitRange", "limitranges", true],
    ["Namespace", "namespaces", false],
    ["Node", "nodes", false],
    ["PersistentVolume", "persistentvolumes", false],
    ["PersistentVolumeClaim", "persistentvolumeclaims", true],
    ["Pod", "pods", true],
    ["PodTemplate", "podtemplates", true],
    ["ReplicationController", "replicationcontrollers", true],
    ["ResourceQuota", "resourcequotas", true],
    ["Secret", "secrets", true],
    ["Service", "services", true],
    ["ServiceAccount", "serviceaccounts", true],
  ],
  "apps/v1": [
    ["ControllerRevision", "controllerrevisions", true],
    ["DaemonSet", "daemonsets", true],
    ["Deployment", "deployments", true],
    ["ReplicaSet", "replicasets", true],
    ["StatefulSet", "statefulsets", true],
  ],
  "batch/v1": [
    ["CronJob", "cronjobs", true],
    ["Job", "jobs", true],
  ],
  "autoscaling/v1": [["HorizontalPodAutoscaler", "horizontalpodautoscalers", true]],
  "autoscaling/v2": [["HorizontalPodAutoscaler", "horizontalpodautoscalers", true]],
  "networking.k8s.io/v1": [
    ["Ingress", "ingresses", true],
    ["IngressClass", "ingressclasses", false],
    ["NetworkPolicy", "networkpolicies", true],
    ["IPAddress", "ipaddresses", false],
    ["ServiceCIDR", "servicecidrs", false],
  ],
  "policy/v1": [["PodDisruptionBudget", "poddisruptionbudgets", true]],
  "rbac.authorization.k8s.io/v1": [
    ["ClusterRole", "clusterroles", false],
    ["ClusterRoleBinding", "clusterrolebindings", false],
    ["Role", "roles", true],
    ["RoleBinding", "rolebindings", true],
  ],
  "storage.k8s.io/v1": [
    ["CSIDriver", "csidrivers", false],
    ["CSINode", "csinodes", false],
    ["CSIStorageCapacity", "csistoragecapacities", true],
    ["StorageClass", "storageclasses", false],
    ["VolumeAttachment", "volumeattachments", false],
    ["VolumeAttributesClass", "volumeattributesclasses", false],
  ],
  "scheduling.k8s.io/v1": [["PriorityClass", "priorityclasses", false]],
  "coordination.k8s.io/v1": [["Lease", "leases", true]],
  "discovery.k8s.io/v1": [["EndpointSlice", "endpointslices", true]],
  "events.k8s.io/v1": [["Event", "events", true]],
  "flowcontrol.apiserver.k8s.io/v1": [
    ["FlowSchema", "flowschemas", false],
    ["PriorityLevelConfiguration", "prioritylevelconfigurations", false],
  ],
  "admissionregistration.k8s.io/v1": [
    ["MutatingWebhookConfiguration", "mutatingwebhookconfigurations", false],
    ["ValidatingWebhookConfiguration", "validatingwebhookconfigurations", false],
    ["ValidatingAdmissionPolicy", "validatingadmissionpolicies", false],
    ["ValidatingAdmissionPolicyBinding", "validatingadmissionpolicybindings", false],
  ],
  "apiextensions.k8s.io/v1": [["CustomResourceDefinition", "customresourcedefinitions", false]],
  "apiregistration.k8s.io/v1": [["APIService", "apiservices", false]],
  "certificates.k8s.io/v1": [["CertificateSigningRequest", "certificatesigningrequests", false]],
  "node.k8s.io/v1": [["RuntimeClass", "runtimeclasses", false]],
  "resource.k8s.io/v1": [
    ["DeviceClass", "deviceclasses", false],
    ["ResourceClaim", "resourceclaims", true],
    ["ResourceClaimTemplate", "resourceclaimtemplates", true],
    ["ResourceSlice", "resourceslices", false],
  ],
};

function splitApiVersion(apiVersion: string): { group: string; version: string } {
  const slash = apiVersion.indexOf("/");
  return slash === -1 ? { group: "", version: apiVersion } : { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) };
}

/** apiVersion → kind → served kind (two lookups, no key built per call) */
const BY_VERSION = new Map<string, Map<string, ServedKind>>();
const BY_KIND = new Map<string, ServedKind[]>();
for (const [apiVersion, rows] of Object.entries(SERVED)) {
  const { group, version } = splitApiVersion(apiVersion);
  const kinds = new Map<string, ServedKind>();
  BY_VERSION.set(apiVersion, kinds);
  for (const [kind, resource, namespaced] of rows) {
    const served: ServedKind = { group, version, kind, resource, namespaced };
    kinds.set(kind, served);
    const same = BY_KIND.get(kind.toLowerCase()) ?? [];
    same.push(served);
    BY_KIND.set(kind.toLowerCase(), same);
  }
}

export function servedKind(apiVersion: string, kind: string): ServedKind | undefined {
  return BY_VERSION.get(apiVersion)?.get(kind);
}

/** Every served version of a kind, matched without regard to case (for "did you mean" hints). */
export function servedVersionsOfKind(kind: string): readonly ServedKind[] {
  return BY_KIND.get(kind.toLowerCase()) ?? [];
}

export function apiVersionOf(served: Pick<ServedKind, "group" | "version">): string {
  return served.group === "" ? served.version : `${served.group}/${served.version}`;
}

export { splitApiVersion };

export function allServedKinds(): readonly ServedKind[] {
  return [...BY_VERSION.values()].flatMap((kinds) => [...kinds.values()]);
}
