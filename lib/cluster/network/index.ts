/**
 * Kubedeck's network layer: EndpointSlices, cluster DNS, Service routing, Ingress, NetworkPolicy and a
 * simulated request with a hop-by-hop trace. Pure and deterministic; runs on the server and in the browser.
 */
export { buildEndpointSlices, serviceEndpoints, resolveTargetPort, type ServiceEndpoint } from "./endpoint-slices";
export { resolveDns, resolveDnsIn, type DnsAnswer, type DnsTarget } from "./dns";
export { searchCandidates, CLUSTER_DOMAIN } from "./dns-search";
export { indexCluster, type ClusterIndex } from "./cluster-index";
export { simulateRequest, EXTERNAL_CLIENT_IP } from "./simulate-request";
export type { RequestSource, SimulatedRequest, Hop, RequestResult, Candidate, Endpoint } from "./request-types";
export { ingressControllerView, readIngress, INGRESS_CONTROLLER, NGINX_CONTROLLER, type IngressControllerView, type ServedIngress } from "./ingress";
export { routeIngress, pathMatches, hostMatches } from "./ingress-routing";
export { loadBalancerStatus, loadBalancerAddresses, derivedLoadBalancerIP } from "./load-balancer";
export { checkIngressPolicy, checkEgressPolicy, type PolicyVerdict } from "./network-policy";
export { explainNoReadyEndpoints, describePodProblem } from "./endpoints-explain";
export { parseRequestTarget, type RequestTarget } from "./url";
export { externalEntryPoints, externalExposure, serviceEndpointStatus, type EntryPoint, type ServiceEndpointStatus } from "./exposure";
