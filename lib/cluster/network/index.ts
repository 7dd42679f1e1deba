/**
 * Kubedeck's network layer: EndpointSlices, cluster DNS, Service routing, Ingress, NetworkPolicy and a
 * simulated request with a hop-by-hop trace. Pure and deterministic; runs on the server and in the browser.
 */
export { buildEndpointSlices, serviceEndpoints, resolveTargetPort, type ServiceEndpoint } from "./endpoint-slices";
export { resolveDns, resolveDnsIn, type DnsAnswer, type DnsTarget } from "./dns";
export { searchCandidates, CLUSTER_DOMAIN } from "./dns-search";
export { indexCluster, type ClusterIndex } from "./cluster-index";
