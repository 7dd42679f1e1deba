/**
 * Kubedeck's network layer: EndpointSlices, cluster DNS, Service routing, Ingress, NetworkPolicy and a
 * simulated request with a hop-by-hop trace. Pure and deterministic; runs on the server and in the browser.
 */
export { buildEndpointSlices, serviceEndpoints, resolveTargetPort, type ServiceEndpoint } from "./endpoint-slices";
