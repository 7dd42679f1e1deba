/**
 * What a fresh cluster holds before anything is applied: the four system namespaces, the nodes, the
 * default StorageClass (`standard`, dynamic provisioning, Immediate binding), the default IngressClass
 * (`nginx`, served by the ingress-nginx controller) and the `kubernetes` Service in `default`.
 */
// The namespaces every cluster starts with are admission's list, so validation and the cluster agree.
import { SYSTEM_NAMESPACES } from "./admission/check-manifests";
import type { KubeObject } from "./object";
import { NGINX_CONTROLLER } from "./network";

export const PROVISIONER = "kubedeck.io/simulated-disk";

export function bootstrapObjects(storageClass: string, ingressClass: string): KubeObject[] {
  return [
    ...SYSTEM_NAMESPACES.map((name): KubeObject => ({ apiVersion: "v1", kind: "Namespace", metadata: { name, labels: { "kubernetes.io/metadata.name": name } }, spec: { finalizers: ["kubernetes"] } })),
    {
      apiVersion: "storage.k8s.io/v1",
      kind: "StorageClass",
      metadata: { name: storageClass, annotations: { "storageclass.kubernetes.io/is-default-class": "true" } },
      provisioner: PROVISIONER,
      reclaimPolicy: "Delete",
      volumeBindingMode: "Immediate",
      allowVolumeExpansion: true,
    },
    {
      apiVersion: "networking.k8s.io/v1",
      kind: "IngressClass",
      metadata: { name: ingressClass, annotations: { "ingressclass.kubernetes.io/is-default-class": "true" } },
      spec: { controller: NGINX_CONTROLLER },
    },
    {
      apiVersion: "v1",
      kind: "Service",
      metadata: { name: "kubernetes", namespace: "default", labels: { component: "apiserver", provider: "kubernetes" } },
      spec: { type: "ClusterIP", clusterIP: "10.96.0.1", ports: [{ name: "https", port: 443, protocol: "TCP", targetPort: 6443 }], sessionAffinity: "None" },
    },
  ];
}
