/**
 * Cluster DNS as CoreDNS answers a pod: the pod's resolv.conf search path
 * (`<ns>.svc.cluster.local svc.cluster.local cluster.local`, ndots 5), Service A records (the
 * ClusterIP, or the ready endpoints' pod IPs for a headless Service), ExternalName CNAMEs, stable
 * names of pods behind a headless Service (`<hostname>.<subdomain>.<ns>.svc.cluster.local`, as a
 * StatefulSet sets them) and `<a-b-c-d>.<ns>.pod.cluster.local`.
 * Names outside `cluster.local` are not modelled: the simulated cluster has no upstream resolver,
 * so they are NXDOMAIN with a reason.
 */
import type { KubeObject } from "../object";
import { indexCluster, type ClusterIndex } from "./cluster-index";
import { explainMiss } from "./dns-explain";
import { CLUSTER_DOMAIN, searchCandidates } from "./dns-search";
import type { ServiceView } from "./read";

export { CLUSTER_DOMAIN, searchCandidates };

export type DnsTarget =
  | { kind: "Service"; namespace: string; name: string; headless: boolean }
  | { kind: "Pod"; namespace: string; name: string };

export interface DnsAnswer {
  /** The name as asked. */
  query: string;
  type: "A" | "CNAME" | "NXDOMAIN";
  /** The fully qualified name that answered (absent for NXDOMAIN). */
  fqdn?: string;
  addresses: string[];
  cname?: string;
  target?: DnsTarget;
  /** Names tried in search-path order, up to and including the one that answered. */
  tried: string[];
  /** Why nothing answered, in a learner's terms. */
  reason?: string;
}

type Lookup = Omit<DnsAnswer, "query" | "tried"> | undefined;

function serviceRecord(index: ClusterIndex, service: ServiceView, fqdn: string): Lookup {
  const target: DnsTarget = { kind: "Service", namespace: service.namespace, name: service.name, headless: service.headless };
  if (service.type === "ExternalName") {
    return service.externalName ? { type: "CNAME", fqdn, addresses: [], cname: service.externalName, target } : undefined;
  }
  if (!service.headless) {
    return service.clusterIP ? { type: "A", fqdn, addresses: [service.clusterIP], target } : undefined;
  }
  const addresses = index.endpointsOf(service).filter((e) => e.ready).map((e) => e.address);
  return addresses.length > 0 ? { type: "A", fqdn, addresses, target } : undefined;
}

function lookupAbsolute(index: ClusterIndex, fqdn: string): Lookup {
  const lower = fqdn.toLowerCase();
  const svcSuffix = `.svc.${CLUSTER_DOMAIN}`;
  const podSuffix = `.pod.${CLUSTER_DOMAIN}`;
  if (lower.endsWith(svcSuffix)) {
    const labels = lower.slice(0, -svcSuffix.length).split(".");
    if (labels.length === 2) {
      const [name = "", namespace = ""] = labels;
      const service = index.service(namespace, name);
      return service ? serviceRecord(index, service, lower) : undefined;
    }
    if (labels.length === 3) {
      const [host = "", name = "", namespace = ""] = labels;
      const service = index.service(namespace, name);
      if (!service?.headless) return undefined;
      const endpoint = index.endpointsOf(service).find((e) => e.ready && e.hostname === host);
      if (!endpoint) return undefined;
      return {
        type: "A",
        fqdn: lower,
        addresses: [endpoint.address],
        target: { kind: "Pod", namespace, name: endpoint.pod.name },
      };
    }
    return undefined;
  }
  if (lower.endsWith(podSuffix)) {
    const labels = lower.slice(0, -podSuffix.length).split(".");
    const [dashed = "", namespace = ""] = labels;
    if (labels.length !== 2) return undefined;
    const pod = index.podByIP(dashed.replace(/-/g, "."));
    if (!pod || pod.namespace !== namespace) return undefined;
    return { type: "A", fqdn: lower, addresses: [pod.podIP ?? ""], target: { kind: "Pod", namespace, name: pod.name } };
  }
  return undefined;
}

export function resolveDnsIn(index: ClusterIndex, name: string, fromNamespace: string): DnsAnswer {
  const query = name.trim();
  const tried: string[] = [];
  for (const candidate of searchCandidates(query, fromNamespace)) {
    tried.push(candidate);
    const found = lookupAbsolute(index, candidate);
    if (found) return { query, tried, ...found };
  }
  return { query, type: "NXDOMAIN", addresses: [], tried, reason: explainMiss(index, query, fromNamespace) };
}

/** Resolves `name` as a pod in `fromNamespace` would, against the cluster's objects. */
export function resolveDns(name: string, fromNamespace: string, objects: readonly KubeObject[]): DnsAnswer {
  return resolveDnsIn(indexCluster(objects), name, fromNamespace);
}
