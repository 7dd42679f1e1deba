/**
 * Service → EndpointSlices, as kube-controller-manager's EndpointSlice controller computes them:
 * pods in the Service's namespace matching its selector, with an IP and not terminal; ports resolved
 * per pod (a named targetPort is looked up in the pod's container ports); conditions ready / serving /
 * terminating; endpoints grouped by resolved port set, at most 100 per slice.
 */
import type { KubeObject } from "../object";
import { nameSuffix } from "./hash";
import { readPodOnce, readService, type PodView, type ServicePortView, type ServiceView } from "./read";

export const MAX_ENDPOINTS_PER_SLICE = 100;
export const SERVICE_NAME_LABEL = "kubernetes.io/service-name";
export const MANAGED_BY_LABEL = "endpointslice.kubernetes.io/managed-by";
export const MANAGED_BY_CONTROLLER = "endpointslice-controller.k8s.io";
const HEADLESS_LABEL = "service.kubernetes.io/headless";

export interface ResolvedPort { name: string; port: number; protocol: string; appProtocol?: string }

export interface ServiceEndpoint {
  pod: PodView;
  address: string;
  ready: boolean;
  serving: boolean;
  terminating: boolean;
  hostname?: string;
  nodeName?: string;
  zone?: string;
  ports: ResolvedPort[];
}

/** The container port a Service port targets on one pod, or `undefined` when a name does not resolve. */
export function resolveTargetPort(port: ServicePortView, pod: PodView): number | undefined {
  if (typeof port.targetPort === "number") return port.targetPort;
  for (const container of pod.containers) {
    for (const p of container.ports) {
      if (p.name === port.targetPort && p.protocol === port.protocol) return p.containerPort;
    }
  }
  return undefined;
}

/** Pods the Service selects, before readiness: same namespace, selector matches. */
export function selectedPods(service: ServiceView, pods: readonly PodView[]): PodView[] {
  const selector = service.selector;
  if (!selector) return [];
  const entries = Object.entries(selector);
  return pods.filter((p) => p.namespace === service.namespace && entries.every(([k, v]) => p.labels[k] === v));
}

const isTerminal = (pod: PodView): boolean => pod.phase === "Succeeded" || pod.phase === "Failed";

/** Each node's `topology.kubernetes.io/zone` label, by node name. */
export type NodeZones = ReadonlyMap<string, string | undefined>;

export function nodeZones(nodes: readonly KubeObject[]): NodeZones {
  const zones = new Map<string, string | undefined>();
  for (const n of nodes) zones.set(n.metadata.name ?? "", n.metadata.labels?.["topology.kubernetes.io/zone"]);
  return zones;
}

/** The endpoints the controller would publish for a Service, sorted by pod name. Nodes, or their zones already read. */
export function serviceEndpoints(
  service: ServiceView,
  pods: readonly PodView[],
  nodes: readonly KubeObject[] | NodeZones,
): ServiceEndpoint[] {
  if (service.type === "ExternalName") return [];
  const zones = Array.isArray(nodes) ? nodeZones(nodes) : (nodes as NodeZones);
  const endpoints: ServiceEndpoint[] = [];
  for (const pod of selectedPods(service, pods)) {
    if (!pod.podIP || isTerminal(pod)) continue;
    const ports: ResolvedPort[] = [];
    for (const sp of service.ports) {
      const port = resolveTargetPort(sp, pod);
      if (port === undefined) continue;
      ports.push({ name: sp.name ?? "", port, protocol: sp.protocol, ...(sp.appProtocol ? { appProtocol: sp.appProtocol } : {}) });
    }
    // A pod where no Service port resolves gets no endpoint (a named targetPort it does not declare).
    if (service.ports.length > 0 && ports.length === 0) continue;
    const serving = service.publishNotReadyAddresses || pod.ready;
    const hostname = pod.hostname && pod.subdomain === service.name ? pod.hostname : undefined;
    endpoints.push({
      pod,
      address: pod.podIP,
      serving,
      terminating: pod.terminating,
      // Kubernetes never reports a terminating pod ready unless publishNotReadyAddresses is set.
      ready: service.publishNotReadyAddresses || (serving && !pod.terminating),
      hostname,
      nodeName: pod.nodeName,
      zone: pod.nodeName ? zones.get(pod.nodeName) : undefined,
      ports,
    });
  }
  return endpoints.sort((a, b) => (a.pod.name < b.pod.name ? -1 : a.pod.name > b.pod.name ? 1 : 0));
}

type EndpointConditions = Readonly<{ ready: boolean; serving: boolean; terminating: boolean }>;

/** The eight possible condition triples, frozen and shared by every endpoint that has them. */
const CONDITIONS: readonly EndpointConditions[] = Array.from({ length: 8 }, (_, i) => Object.freeze({ ready: (i & 4) !== 0, serving: (i & 2) !== 0, terminating: (i & 1) !== 0 }));

function conditionsOf(e: ServiceEndpoint): EndpointConditions {
  return CONDITIONS[(e.ready ? 4 : 0) + (e.serving ? 2 : 0) + (e.terminating ? 1 : 0)] ?? { ready: e.ready, serving: e.serving, terminating: e.terminating };
}

/** Built by assignment (optional keys in their places), not by spreading small objects in. */
function endpointObject(e: ServiceEndpoint): Record<string, unknown> {
  const out: Record<string, unknown> = { addresses: [e.address], conditions: conditionsOf(e) };
  if (e.hostname) out.hostname = e.hostname;
  if (e.nodeName) out.nodeName = e.nodeName;
  const targetRef: Record<string, unknown> = { kind: "Pod", namespace: e.pod.namespace, name: e.pod.name };
  if (e.pod.uid) targetRef.uid = e.pod.uid;
  out.targetRef = targetRef;
  if (e.zone) out.zone = e.zone;
  return out;
}

/**
 * Desired EndpointSlices for a Service. Names are `<service>-<5 chars>`, the suffix derived from
 * `seed` (or the Service uid, or its namespace/name) and the slice's index, so the same input always
 * gives the same names. Services without a selector, and ExternalName Services, get none.
 */
export function buildEndpointSlices(
  service: KubeObject,
  pods: readonly KubeObject[],
  nodes: readonly KubeObject[] | NodeZones,
  seed: string,
): KubeObject[] {
  const view = readService(service);
  if (!view.selector || view.type === "ExternalName") return [];
  const endpoints = serviceEndpoints(view, pods.filter((p) => p.kind === "Pod").map(readPodOnce), nodes);
  const groups = new Map<string, { ports: ResolvedPort[]; endpoints: ServiceEndpoint[] }>();
  for (const e of endpoints) {
    const key = e.ports.map((p) => `${p.name}/${p.port}/${p.protocol}/${p.appProtocol ?? ""}`).join(",");
    const group = groups.get(key) ?? { ports: e.ports, endpoints: [] };
    group.endpoints.push(e);
    groups.set(key, group);
  }
  // A selector that matches nothing still gets one placeholder slice, as the controller keeps one.
  if (groups.size === 0) groups.set("", { ports: [], endpoints: [] });
  const base = seed || view.uid || `${view.namespace}/${view.name}`;
  const slices: KubeObject[] = [];
  for (const [portsKey, group] of groups) {
    for (let i = 0; i === 0 || i < group.endpoints.length; i += MAX_ENDPOINTS_PER_SLICE) {
      // Named by port set and chunk, so adding a pod with other ports does not rename existing slices.
      const index = `${portsKey}|${i / MAX_ENDPOINTS_PER_SLICE}`;
      slices.push({
        apiVersion: "discovery.k8s.io/v1",
        kind: "EndpointSlice",
        metadata: {
          name: `${view.name}-${nameSuffix(`${base}|${view.namespace}/${view.name}|${index}`)}`,
          generateName: `${view.name}-`,
          namespace: view.namespace,
          labels: {
            ...(service.metadata.labels ?? {}),
            [SERVICE_NAME_LABEL]: view.name,
            [MANAGED_BY_LABEL]: MANAGED_BY_CONTROLLER,
            ...(view.headless ? { [HEADLESS_LABEL]: "" } : {}),
          },
          ownerReferences: [{
            apiVersion: "v1",
            kind: "Service",
            name: view.name,
            uid: view.uid ?? "",
            controller: true,
            blockOwnerDeletion: true,
          }],
        },
        addressType: "IPv4",
        endpoints: group.endpoints.slice(i, i + MAX_ENDPOINTS_PER_SLICE).map(endpointObject),
        ports: group.ports.map((p) => ({ ...p })),
      });
    }
  }
  return slices;
}
