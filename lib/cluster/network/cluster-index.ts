/**
 * One pass over the cluster's objects into the typed views the network needs, so a simulated
 * request reads each object once. Namespaces get the `kubernetes.io/metadata.name` label the API
 * server sets, whether or not a Namespace object is in the list.
 */
import type { KubeObject } from "../object";
import { serviceEndpoints, type ServiceEndpoint } from "./endpoint-slices";
import { manualEndpoints } from "./manual-endpoints";
import { readNode, readPod, readService, type NodeView, type PodView, type ServiceView } from "./read";
import { type Labels } from "./fields";

export interface ClusterIndex {
  objects: readonly KubeObject[];
  pods: PodView[];
  services: ServiceView[];
  nodes: NodeView[];
  nodeObjects: KubeObject[];
  namespaces: Map<string, Labels>;
  endpointsOf(service: ServiceView): ServiceEndpoint[];
  podByIP(ip: string): PodView | undefined;
  service(namespace: string, name: string): ServiceView | undefined;
  namespaceExists(namespace: string): boolean;
  namespaceLabels(namespace: string): Labels;
  /** Computes a derived value once per index (e.g. the parsed NetworkPolicies). */
  memo<T>(key: string, compute: () => T): T;
}

export function indexCluster(objects: readonly KubeObject[]): ClusterIndex {
  const pods: PodView[] = [];
  const services: ServiceView[] = [];
  const nodeObjects: KubeObject[] = [];
  const namespaces = new Map<string, Labels>();
  const seen = new Set<string>(["default", "kube-system"]);
  for (const o of objects) {
    if (o.kind === "Pod") pods.push(readPod(o));
    else if (o.kind === "Service") services.push(readService(o));
    else if (o.kind === "Node") nodeObjects.push(o);
    else if (o.kind === "Namespace" && o.metadata.name) namespaces.set(o.metadata.name, o.metadata.labels ?? {});
    if (o.metadata.namespace) seen.add(o.metadata.namespace);
  }
  const nodes = nodeObjects.map(readNode);
  const endpointCache = new Map<ServiceView, ServiceEndpoint[]>();
  const memos = new Map<string, unknown>();
  // Pods that are running or being deleted keep their IP; a pod with a terminal phase gives it up.
  const byIP = new Map<string, PodView>();
  for (const p of pods) if (p.podIP && !(p.phase === "Succeeded" || p.phase === "Failed")) byIP.set(p.podIP, p);
  const namespaceLabels = (namespace: string): Labels => ({
    ...(namespaces.get(namespace) ?? {}),
    "kubernetes.io/metadata.name": namespace,
  });
  return {
    objects,
    pods,
    services,
    nodes,
    nodeObjects,
    namespaces,
    endpointsOf(service) {
      let cached = endpointCache.get(service);
      if (!cached) {
        cached = service.selector ? serviceEndpoints(service, pods, nodeObjects) : manualEndpoints(objects, service, (ip) => byIP.get(ip));
        endpointCache.set(service, cached);
      }
      return cached;
    },
    podByIP: (ip) => byIP.get(ip),
    service: (namespace, name) => services.find((s) => s.namespace === namespace && s.name === name),
    namespaceExists: (namespace) => namespaces.has(namespace) || seen.has(namespace),
    namespaceLabels,
    memo<T>(key: string, compute: () => T): T {
      if (!memos.has(key)) memos.set(key, compute());
      return memos.get(key) as T;
    },
  };
}
