/**
 * LoadBalancer Services get a simulated external address. The Service's status.loadBalancer wins
 * when the store has one; otherwise the address is derived from its namespace/name in
 * 203.0.113.20-219 (TEST-NET-3), so it is stable without any controller publishing it.
 */
import type { KubeObject } from "../object";
import { fnv1a32 } from "../util/hash";
import { readService, type ServiceView } from "./read";

export function derivedLoadBalancerIP(namespace: string, name: string): string {
  return `203.0.113.${20 + (fnv1a32(`${namespace}/${name}`) % 200)}`;
}

/** The addresses a LoadBalancer Service is reachable at from outside; none for other types. */
export function loadBalancerAddresses(service: ServiceView): string[] {
  if (service.type !== "LoadBalancer") return [];
  if (service.loadBalancerAddresses.length > 0) return service.loadBalancerAddresses;
  return [derivedLoadBalancerIP(service.namespace, service.name)];
}

/** The status a cloud controller would publish for a Service (`{}` load balancer for other types). */
export function loadBalancerStatus(service: KubeObject): { loadBalancer: { ingress?: { ip: string }[] } } {
  const view = readService(service);
  if (view.type !== "LoadBalancer") return { loadBalancer: {} };
  return { loadBalancer: { ingress: [{ ip: derivedLoadBalancerIP(view.namespace, view.name) }] } };
}
