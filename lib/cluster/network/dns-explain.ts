/**
 * Why a name did not resolve: the Service is missing here but exists in another namespace, the
 * namespace does not exist, a headless Service has no ready endpoint, a pod has no stable name, or
 * the name is not a cluster name at all.
 */
import type { ClusterIndex } from "./cluster-index";
import { explainNoReadyEndpoints } from "./endpoints-explain";
import { CLUSTER_DOMAIN, searchCandidates } from "./dns-search";

interface Reading { host?: string; service: string; namespace: string }

/** The ways the search path reads the query as `[host.]service.namespace.svc.cluster.local`. */
function readings(query: string, fromNamespace: string): Reading[] {
  const suffix = `.svc.${CLUSTER_DOMAIN}`;
  return searchCandidates(query.toLowerCase(), fromNamespace).flatMap((fqdn): Reading[] => {
    if (!fqdn.endsWith(suffix)) return [];
    const labels = fqdn.slice(0, -suffix.length).split(".");
    if (labels.length === 2) return [{ service: labels[0] ?? "", namespace: labels[1] ?? "" }];
    if (labels.length === 3) return [{ host: labels[0], service: labels[1] ?? "", namespace: labels[2] ?? "" }];
    return [];
  });
}

function otherNamespaces(index: ClusterIndex, service: string, except: string): string[] {
  return index.services.filter((s) => s.name === service && s.namespace !== except).map((s) => s.namespace).sort();
}

function explainReading(index: ClusterIndex, reading: Reading): string {
  const { host, service, namespace } = reading;
  const svc = index.service(namespace, service);
  if (!svc) {
    const elsewhere = otherNamespaces(index, service, namespace);
    const hint = elsewhere.length > 0
      ? `; a Service ${service} exists in namespace ${elsewhere.join(", ")} — from another namespace use ${service}.${elsewhere[0]} or ${service}.${elsewhere[0]}.svc.${CLUSTER_DOMAIN}`
      : "";
    return `no Service ${service} in namespace ${namespace}${hint}`;
  }
  if (svc.type === "ExternalName" && !svc.externalName) return `Service ${service} is ExternalName but sets no spec.externalName`;
  if (host === undefined) {
    if (svc.headless) return `headless Service ${service} has no ready endpoints: ${explainNoReadyEndpoints(index, svc)}`;
    return `Service ${service} has no cluster IP yet`;
  }
  if (!svc.headless) {
    return `Service ${service} is not headless (clusterIP: None), so its pods get no DNS names of their own`;
  }
  const pod = index.pods.find((p) => p.namespace === namespace && p.hostname === host);
  if (pod && pod.subdomain !== service) {
    return `pod ${pod.name} has hostname ${host} but subdomain ${pod.subdomain ?? "(none)"}, not ${service} (a StatefulSet sets it from spec.serviceName)`;
  }
  if (pod) return `pod ${pod.name} is not a ready endpoint of Service ${service}: ${explainNoReadyEndpoints(index, svc)}`;
  return `no pod with hostname ${host} behind headless Service ${service} in namespace ${namespace} (the pods of a StatefulSet whose serviceName is ${service} get such names)`;
}

export function explainMiss(index: ClusterIndex, query: string, fromNamespace: string): string {
  const all = readings(query, fromNamespace);
  const plausible = all.filter((r) => index.namespaceExists(r.namespace));
  const dots = query.replace(/\.$/, "").split(".").length - 1;
  const clusterish = query.toLowerCase().replace(/\.$/, "").endsWith(CLUSTER_DOMAIN) || query.endsWith(".svc");
  const chosen = plausible[0];
  if (chosen && (dots <= 1 || clusterish || plausible.some((r) => index.service(r.namespace, r.service)))) {
    return explainReading(index, chosen);
  }
  if (clusterish || dots === 1) {
    const r = all.find((x) => x.host === undefined) ?? all[0];
    if (r && !index.namespaceExists(r.namespace)) return `namespace ${r.namespace} does not exist`;
  }
  return `${query} is not a cluster name: cluster DNS answers Service and pod names under ${CLUSTER_DOMAIN}, and the simulated cluster has no upstream DNS for other names`;
}
