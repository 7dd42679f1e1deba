/**
 * API versions that Kubernetes once served and no longer does, and configuration-file kinds that
 * look like objects but are read by a program at start-up. Data only; kind-resolution.ts words the answers.
 */

/** group/version → the release that stopped serving it and, per kind, where it lives now ("" = gone). */
export interface RemovedVersion {
  removedIn: string;
  /** kind → its current apiVersion; a kind mapped to a sentence is gone for good and the sentence says what replaced it */
  movedTo: Readonly<Record<string, string>>;
}

const PSP_GONE = "PodSecurityPolicy was removed in Kubernetes 1.25; use Pod Security Admission instead: label the namespace, e.g. pod-security.kubernetes.io/enforce: restricted.";

export const REMOVED_VERSIONS: Readonly<Record<string, RemovedVersion>> = {
  "extensions/v1beta1": {
    removedIn: "1.16 (Ingress in 1.22)",
    movedTo: { Deployment: "apps/v1", DaemonSet: "apps/v1", ReplicaSet: "apps/v1", NetworkPolicy: "networking.k8s.io/v1", Ingress: "networking.k8s.io/v1", PodSecurityPolicy: PSP_GONE },
  },
  "apps/v1beta1": { removedIn: "1.16", movedTo: { Deployment: "apps/v1", StatefulSet: "apps/v1", ControllerRevision: "apps/v1" } },
  "apps/v1beta2": { removedIn: "1.16", movedTo: { Deployment: "apps/v1", StatefulSet: "apps/v1", DaemonSet: "apps/v1", ReplicaSet: "apps/v1", ControllerRevision: "apps/v1" } },
  "networking.k8s.io/v1beta1": { removedIn: "1.22", movedTo: { Ingress: "networking.k8s.io/v1", IngressClass: "networking.k8s.io/v1" } },
  "policy/v1beta1": { removedIn: "1.25", movedTo: { PodDisruptionBudget: "policy/v1", PodSecurityPolicy: PSP_GONE } },
  "batch/v1beta1": { removedIn: "1.25", movedTo: { CronJob: "batch/v1" } },
  "batch/v2alpha1": { removedIn: "1.21", movedTo: { CronJob: "batch/v1" } },
  "autoscaling/v2beta1": { removedIn: "1.25", movedTo: { HorizontalPodAutoscaler: "autoscaling/v2" } },
  "autoscaling/v2beta2": { removedIn: "1.26", movedTo: { HorizontalPodAutoscaler: "autoscaling/v2" } },
  "rbac.authorization.k8s.io/v1beta1": { removedIn: "1.22", movedTo: { Role: "rbac.authorization.k8s.io/v1", RoleBinding: "rbac.authorization.k8s.io/v1", ClusterRole: "rbac.authorization.k8s.io/v1", ClusterRoleBinding: "rbac.authorization.k8s.io/v1" } },
  "rbac.authorization.k8s.io/v1alpha1": { removedIn: "1.22", movedTo: { Role: "rbac.authorization.k8s.io/v1", RoleBinding: "rbac.authorization.k8s.io/v1", ClusterRole: "rbac.authorization.k8s.io/v1", ClusterRoleBinding: "rbac.authorization.k8s.io/v1" } },
  "storage.k8s.io/v1beta1": { removedIn: "1.22 (CSIStorageCapacity in 1.27)", movedTo: { StorageClass: "storage.k8s.io/v1", CSIDriver: "storage.k8s.io/v1", CSINode: "storage.k8s.io/v1", VolumeAttachment: "storage.k8s.io/v1", CSIStorageCapacity: "storage.k8s.io/v1" } },
  "scheduling.k8s.io/v1beta1": { removedIn: "1.22", movedTo: { PriorityClass: "scheduling.k8s.io/v1" } },
  "scheduling.k8s.io/v1alpha1": { removedIn: "1.22", movedTo: { PriorityClass: "scheduling.k8s.io/v1" } },
  "coordination.k8s.io/v1beta1": { removedIn: "1.22", movedTo: { Lease: "coordination.k8s.io/v1" } },
  "discovery.k8s.io/v1beta1": { removedIn: "1.25", movedTo: { EndpointSlice: "discovery.k8s.io/v1" } },
  "events.k8s.io/v1beta1": { removedIn: "1.25", movedTo: { Event: "events.k8s.io/v1" } },
  "flowcontrol.apiserver.k8s.io/v1beta1": { removedIn: "1.26", movedTo: { FlowSchema: "flowcontrol.apiserver.k8s.io/v1", PriorityLevelConfiguration: "flowcontrol.apiserver.k8s.io/v1" } },
  "flowcontrol.apiserver.k8s.io/v1beta2": { removedIn: "1.29", movedTo: { FlowSchema: "flowcontrol.apiserver.k8s.io/v1", PriorityLevelConfiguration: "flowcontrol.apiserver.k8s.io/v1" } },
  "flowcontrol.apiserver.k8s.io/v1beta3": { removedIn: "1.32", movedTo: { FlowSchema: "flowcontrol.apiserver.k8s.io/v1", PriorityLevelConfiguration: "flowcontrol.apiserver.k8s.io/v1" } },
  "admissionregistration.k8s.io/v1beta1": { removedIn: "1.22 for webhooks", movedTo: { MutatingWebhookConfiguration: "admissionregistration.k8s.io/v1", ValidatingWebhookConfiguration: "admissionregistration.k8s.io/v1", ValidatingAdmissionPolicy: "admissionregistration.k8s.io/v1", ValidatingAdmissionPolicyBinding: "admissionregistration.k8s.io/v1" } },
  "apiextensions.k8s.io/v1beta1": { removedIn: "1.22", movedTo: { CustomResourceDefinition: "apiextensions.k8s.io/v1" } },
  "apiregistration.k8s.io/v1beta1": { removedIn: "1.22", movedTo: { APIService: "apiregistration.k8s.io/v1" } },
  "certificates.k8s.io/v1beta1": { removedIn: "1.22", movedTo: { CertificateSigningRequest: "certificates.k8s.io/v1" } },
  "node.k8s.io/v1beta1": { removedIn: "1.25", movedTo: { RuntimeClass: "node.k8s.io/v1" } },
};

/** Configuration files: group (or "apiVersion kind" for core-looking ones) → what reads them. */
export interface ConfigFileKind {
  reader: string;
  usage: string;
}

export const CONFIG_FILE_GROUPS: Readonly<Record<string, ConfigFileKind>> = {
  "kustomize.config.k8s.io": { reader: "kustomize", usage: "apply the folder with `kubectl apply -k DIR` (or render it with `kubectl kustomize DIR`)" },
  "kind.x-k8s.io": { reader: "kind (Kubernetes in Docker)", usage: "pass it to `kind create cluster --config FILE`" },
  "audit.k8s.io": { reader: "the kube-apiserver's audit logging", usage: "give it to kube-apiserver with --audit-policy-file" },
  "apiserver.config.k8s.io": { reader: "the kube-apiserver", usage: "give it to kube-apiserver with the matching flag (--egress-selector-config-file, --admission-control-config-file, --encryption-provider-config, …)" },
  "apiserver.k8s.io": { reader: "the kube-apiserver", usage: "give it to kube-apiserver with the matching --…-config-file flag" },
  "kubelet.config.k8s.io": { reader: "the kubelet on each node", usage: "give it to the kubelet with --config (or through kubeadm)" },
  "kubeproxy.config.k8s.io": { reader: "kube-proxy", usage: "give it to kube-proxy with --config" },
  "kubescheduler.config.k8s.io": { reader: "kube-scheduler", usage: "give it to kube-scheduler with --config" },
  "kubecontrollermanager.config.k8s.io": { reader: "kube-controller-manager", usage: "give it to kube-controller-manager at start-up" },
  "kubeadm.k8s.io": { reader: "kubeadm", usage: "pass it to `kubeadm init --config FILE` or `kubeadm join --config FILE`" },
  "client.authentication.k8s.io": { reader: "kubectl's credential plugins", usage: "it is exchanged between kubectl and an exec plugin, never stored in the cluster" },
  "pod-security.admission.config.k8s.io": { reader: "the kube-apiserver's PodSecurity admission plugin", usage: "reference it from an AdmissionConfiguration file" },
  "eventratelimit.admission.k8s.io": { reader: "the kube-apiserver's EventRateLimit admission plugin", usage: "reference it from an AdmissionConfiguration file" },
};

/** Core-group kinds that are files, not objects (kubeconfig). */
export const CONFIG_FILE_CORE_KINDS: Readonly<Record<string, ConfigFileKind>> = {
  Config: { reader: "kubectl and other clients (it is a kubeconfig file)", usage: "put it at ~/.kube/config or point KUBECONFIG at it" },
};
