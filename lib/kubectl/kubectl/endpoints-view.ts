/**
 * v1 Endpoints as the API server would serve them: the engine stores EndpointSlices only, so each
 * Service with a selector gets the Endpoints object the endpoints controller would write from its
 * slices (ready addresses, not-ready ones apart, one subset per port set, addresses sorted by IP),
 * `kubernetes` gets the API server's address, and Endpoints someone applied are served as stored.
 */
import type { Cluster, KubeObject } from "../../cluster";
import { arr, rec, str } from "../describe/format";

/** What the API server (1.33+) warns on every request for v1 Endpoints. */
export const ENDPOINTS_WARNING = "Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice\n";

interface Address { ip: string; nodeName?: string; targetRef?: unknown }
interface Subset { addresses: Address[]; notReadyAddresses: Address[]; ports: Record<string, unknown>[] }

const byIp = (a: Address, b: Address): number => (a.ip < b.ip ? -1 : a.ip > b.ip ? 1 : 0);

function subsetsFromSlices(slices: readonly KubeObject[]): Subset[] {
  const byPorts = new Map<string, Subset>();
  for (const slice of slices) {
    const ports = arr(slice.ports).map((p) => ({ ...(str(p.name) ? { name: str(p.name) } : {}), port: p.port, protocol: str(p.protocol, "TCP") }));
    const key = JSON.stringify(ports);
    const subset = byPorts.get(key) ?? { addresses: [], notReadyAddresses: [], ports };
    byPorts.set(key, subset);
    for (const e of arr(slice.endpoints)) {
      const conditions = rec(e.conditions);
      if (conditions.terminating === true) continue;
      for (const ip of (Array.isArray(e.addresses) ? e.addresses : []) as string[]) {
        const address: Address = { ip, ...(e.nodeName ? { nodeName: str(e.nodeName) } : {}), ...(e.targetRef ? { targetRef: e.targetRef } : {}) };
        (conditions.ready === false ? subset.notReadyAddresses : subset.addresses).push(address);
      }
    }
  }
  return [...byPorts.values()].filter((s) => s.addresses.length + s.notReadyAddresses.length > 0);
}

function apiServerSubsets(cluster: Cluster): Subset[] {
  const node = cluster.list("Node").find((n) => n.metadata.labels?.["node-role.kubernetes.io/control-plane"] !== undefined);
  const ip = arr(rec(node?.status).addresses).find((a) => a.type === "InternalIP")?.address;
  return typeof ip === "string" ? [{ addresses: [{ ip }], notReadyAddresses: [], ports: [{ name: "https", port: 6443, protocol: "TCP" }] }] : [];
}

function endpointsOfService(cluster: Cluster, svc: KubeObject): KubeObject | undefined {
  const ns = svc.metadata.namespace ?? "default";
  const name = svc.metadata.name ?? "";
  const isApiServer = ns === "default" && name === "kubernetes";
  if (!rec(svc.spec).selector && !isApiServer) return undefined;
  const slices = cluster.list("EndpointSlice", ns).filter((s) => s.metadata.labels?.["kubernetes.io/service-name"] === name);
  const subsets = isApiServer ? apiServerSubsets(cluster) : subsetsFromSlices(slices);
  for (const s of subsets) { s.addresses.sort(byIp); s.notReadyAddresses.sort(byIp); }
  // The controller stamps the time of the last change it reacted to: the newest slice or the service.
  const changed = [svc, ...slices].map((o) => o.metadata.creationTimestamp ?? "").sort().pop() ?? "";
  return {
    apiVersion: "v1", kind: "Endpoints",
    metadata: {
      ...(isApiServer ? {} : { annotations: { "endpoints.kubernetes.io/last-change-trigger-time": changed } }),
      creationTimestamp: svc.metadata.creationTimestamp,
      labels: isApiServer ? { "endpointslice.kubernetes.io/skip-mirror": "true" } : { ...(svc.metadata.labels ?? {}), "endpoints.kubernetes.io/managed-by": "endpoint-controller" },
      name, namespace: ns,
    } as KubeObject["metadata"],
    ...(subsets.length > 0 ? { subsets: subsets.map((s) => ({ ...(s.addresses.length > 0 ? { addresses: s.addresses } : {}), ...(s.notReadyAddresses.length > 0 ? { notReadyAddresses: s.notReadyAddresses } : {}), ports: s.ports })) } : {}),
  };
}

/** Endpoints in a namespace (all when undefined), by name as the API server lists them. */
export function listEndpoints(cluster: Cluster, namespace?: string): KubeObject[] {
  const stored = cluster.list("Endpoints", namespace);
  const storedKeys = new Set(stored.map((o) => `${o.metadata.namespace ?? ""}/${o.metadata.name ?? ""}`));
  const derived = cluster.list("Service", namespace)
    .filter((s) => !storedKeys.has(`${s.metadata.namespace ?? ""}/${s.metadata.name ?? ""}`))
    .flatMap((s) => endpointsOfService(cluster, s) ?? []);
  return [...stored, ...derived].sort((a, b) => `${a.metadata.namespace ?? ""}/${a.metadata.name ?? ""}`.localeCompare(`${b.metadata.namespace ?? ""}/${b.metadata.name ?? ""}`));
}

/** `cluster.list`, with Endpoints served as above. */
export function listKind(cluster: Cluster, kind: string, namespace?: string): KubeObject[] {
  return kind === "Endpoints" ? listEndpoints(cluster, namespace) : cluster.list(kind, namespace);
}

/** `cluster.get`, with Endpoints served as above. */
export function getKind(cluster: Cluster, kind: string, namespace: string | undefined, name: string): KubeObject | undefined {
  if (kind !== "Endpoints") return cluster.get(kind, namespace, name);
  return listEndpoints(cluster, namespace).find((o) => o.metadata.name === name);
}
