/**
 * Questions scenario checks ask of the network as a whole: every way into the cluster from outside
 * (served Ingress rules, node ports, load balancers) with the request that tries it, and a Service's
 * ready endpoints with the explanation when there are none.
 */
import type { KubeObject } from "../object";
import { indexCluster } from "./cluster-index";
import { explainNoReadyEndpoints } from "./endpoints-explain";
import { ingressControllerView, INGRESS_CONTROLLER } from "./ingress";
import { loadBalancerAddresses } from "./load-balancer";
import type { Endpoint, RequestResult, SimulatedRequest } from "./request-types";
import { simulateRequest } from "./simulate-request";

export interface EntryPoint {
  via: "Ingress" | "NodePort" | "LoadBalancer";
  /** `Ingress shop: host shop.example.com, path /api (Prefix)`, `NodePort 30080 of Service web-np`. */
  description: string;
  request: SimulatedRequest;
}

const external = { kind: "external" } as const;

/** Every entry from outside, one request each (node ports are tried on the first Ready node). */
export function externalEntryPoints(objects: readonly KubeObject[]): EntryPoint[] {
  const index = indexCluster(objects);
  const entries: EntryPoint[] = [];
  for (const served of ingressControllerView(objects).served) {
    const { ingress } = served;
    if (ingress.defaultBackend) {
      entries.push({ via: "Ingress", description: `Ingress ${ingress.name}: defaultBackend`, request: { from: external, url: `http://${INGRESS_CONTROLLER.address}/` } });
    }
    for (const rule of ingress.rules) {
      const host = rule.host?.replace(/^\*\./, "any.") ?? INGRESS_CONTROLLER.address;
      for (const path of rule.paths) {
        entries.push({
          via: "Ingress",
          description: `Ingress ${ingress.name}: host ${rule.host ?? "(any)"}, path ${path.path} (${path.pathType})`,
          request: { from: external, url: `http://${host}${path.path.startsWith("/") ? path.path : `/${path.path}`}` },
        });
      }
    }
  }
  const node = index.nodes.find((n) => n.ready && n.addresses.length > 0);
  for (const service of index.services) {
    for (const port of service.ports) {
      if (port.nodePort !== undefined && node && (service.type === "NodePort" || service.type === "LoadBalancer")) {
        entries.push({
          via: "NodePort",
          description: `NodePort ${port.nodePort} of Service ${service.namespace}/${service.name}`,
          request: { from: external, url: `tcp://${node.addresses[0] ?? ""}:${port.nodePort}` },
        });
      }
      for (const address of loadBalancerAddresses(service)) {
        entries.push({
          via: "LoadBalancer",
          description: `LoadBalancer ${address}:${port.port} of Service ${service.namespace}/${service.name}`,
          request: { from: external, url: `tcp://${address}:${port.port}` },
        });
      }
    }
  }
  return entries;
}

/** Tries every entry point at `now`: which pods can be reached from outside, and how. */
export function externalExposure(objects: readonly KubeObject[], now: string): { entry: EntryPoint; result: RequestResult }[] {
  return externalEntryPoints(objects).map((entry) => ({ entry, result: simulateRequest(objects, entry.request, now) }));
}

export interface ServiceEndpointStatus {
  found: boolean;
  ready: Endpoint[];
  notReady: Endpoint[];
  /** Why there is no ready endpoint (absent when there is one). */
  explanation?: string;
}

/** A Service's endpoints as its EndpointSlices would list them, first port of each. */
export function serviceEndpointStatus(objects: readonly KubeObject[], namespace: string, name: string): ServiceEndpointStatus {
  const index = indexCluster(objects);
  const service = index.service(namespace, name);
  if (!service) return { found: false, ready: [], notReady: [], explanation: `no Service ${name} in namespace ${namespace}` };
  const toEndpoint = (e: ReturnType<typeof index.endpointsOf>[number]): Endpoint => ({
    namespace: e.pod.namespace, pod: e.pod.name, podIP: e.address, port: e.ports[0]?.port ?? 0,
  });
  const all = index.endpointsOf(service);
  const ready = all.filter((e) => e.ready).map(toEndpoint);
  const notReady = all.filter((e) => !e.ready).map(toEndpoint);
  return { found: true, ready, notReady, ...(ready.length === 0 ? { explanation: explainNoReadyEndpoints(index, service) } : {}) };
}
