/**
 * Endpoints of a Service without selector: Kubernetes routes to the EndpointSlices someone else
 * manages (label kubernetes.io/service-name, not managed by the EndpointSlice controller). Only
 * addresses that are pod IPs in the cluster can answer here; other addresses are outside the model.
 */
import type { KubeObject } from "../object";
import { MANAGED_BY_CONTROLLER, MANAGED_BY_LABEL, SERVICE_NAME_LABEL, type ResolvedPort, type ServiceEndpoint } from "./endpoint-slices";
import { asArray, asNumber, asRecord, asString, namespaceOf } from "./fields";
import type { PodView, ServiceView } from "./read";

export function manualSlices(objects: readonly KubeObject[], service: ServiceView): KubeObject[] {
  return objects.filter(
    (o) =>
      o.kind === "EndpointSlice" &&
      namespaceOf(o) === service.namespace &&
      o.metadata.labels?.[SERVICE_NAME_LABEL] === service.name &&
      o.metadata.labels[MANAGED_BY_LABEL] !== MANAGED_BY_CONTROLLER,
  );
}

export function manualEndpoints(
  objects: readonly KubeObject[],
  service: ServiceView,
  podByIP: (ip: string) => PodView | undefined,
): ServiceEndpoint[] {
  const endpoints: ServiceEndpoint[] = [];
  for (const slice of manualSlices(objects, service)) {
    const ports = asArray(slice.ports).flatMap((p): ResolvedPort[] => {
      const r = asRecord(p);
      const port = asNumber(r.port);
      return port === undefined ? [] : [{ name: asString(r.name) ?? "", port, protocol: asString(r.protocol) ?? "TCP" }];
    });
    for (const e of asArray(slice.endpoints)) {
      const r = asRecord(e);
      const conditions = asRecord(r.conditions);
      for (const address of asArray(r.addresses)) {
        const pod = typeof address === "string" ? podByIP(address) : undefined;
        if (!pod || typeof address !== "string") continue;
        // An unset `ready` condition means ready, as consumers of EndpointSlices read it.
        const ready = conditions.ready !== false;
        endpoints.push({ pod, address, ready, serving: conditions.serving !== false, terminating: conditions.terminating === true, nodeName: pod.nodeName, ports });
      }
    }
  }
  return endpoints.sort((a, b) => (a.pod.name < b.pod.name ? -1 : a.pod.name > b.pod.name ? 1 : 0));
}
