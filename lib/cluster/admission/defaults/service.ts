/** Service defaults: type, session affinity, port protocol and targetPort, IP family and traffic policies. */
import { isObject, objects, setDefault, type JsonObject } from "../access";

export function defaultService(spec: JsonObject, clusterFamilies: readonly string[]): void {
  setDefault(spec, "type", "ClusterIP");
  const type = spec.type;
  if (type !== "ExternalName") {
    setDefault(spec, "sessionAffinity", "None");
    setDefault(spec, "internalTrafficPolicy", "Cluster");
    // Single-stack clusters resolve PreferDualStack to the one family they have.
    if (spec.ipFamilies === undefined) spec.ipFamilies = [...clusterFamilies.slice(0, 1)];
    setDefault(spec, "ipFamilyPolicy", "SingleStack");
  }
  if (type === "NodePort" || type === "LoadBalancer") setDefault(spec, "externalTrafficPolicy", "Cluster");
  if (spec.sessionAffinity === "ClientIP") {
    const config = isObject(spec.sessionAffinityConfig) ? spec.sessionAffinityConfig : {};
    const clientIP = isObject(config.clientIP) ? config.clientIP : {};
    setDefault(clientIP, "timeoutSeconds", 10800);
    spec.sessionAffinityConfig = { ...config, clientIP };
  }
  if (type === "LoadBalancer") setDefault(spec, "allocateLoadBalancerNodePorts", true);
  for (const port of objects(spec.ports)) {
    setDefault(port, "protocol", "TCP");
    // an absent, zero or empty targetPort means "the same as port"
    if (type !== "ExternalName" && (port.targetPort === undefined || port.targetPort === null || port.targetPort === 0 || port.targetPort === "")) port.targetPort = port.port;
  }
}
