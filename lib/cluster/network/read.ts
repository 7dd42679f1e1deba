/**
 * The network layer's edge: reads the loose `KubeObject`s a cluster stores into the few typed fields
 * routing needs. Everything past this module works on these views, never on raw `unknown` fields.
 */
import type { KubeObject } from "../object";
import { asArray, asLabels, asNumber, asPortRef, asRecord, asString, isRecord, nameOf, namespaceOf, type Labels } from "./fields";

export interface ContainerPortView { name?: string; containerPort: number; protocol: string; hostPort?: number }
export interface ProbeView { handler: "httpGet" | "tcpSocket" | "grpc" | "exec" | "unknown"; port?: number | string; path?: string }
export interface ContainerView { name: string; image: string; ports: ContainerPortView[]; readinessProbe?: ProbeView }

function readProbe(value: unknown): ProbeView | undefined {
  if (!isRecord(value)) return undefined;
  for (const handler of ["httpGet", "tcpSocket", "grpc"] as const) {
    const h = value[handler];
    if (isRecord(h)) return { handler, port: asPortRef(h.port), path: handler === "httpGet" ? asString(h.path) ?? "/" : undefined };
  }
  return { handler: isRecord(value.exec) ? "exec" : "unknown" };
}
export interface ContainerStatusView {
  name: string;
  ready: boolean;
  restartCount: number;
  running?: { startedAt?: string };
  waiting?: { reason?: string; message?: string };
  terminated?: { reason?: string; exitCode?: number };
}
export interface ConditionView { type: string; status: string; reason?: string; message?: string }

export interface PodView {
  object: KubeObject;
  namespace: string;
  name: string;
  uid?: string;
  labels: Labels;
  podIP?: string;
  phase?: string;
  nodeName?: string;
  hostname?: string;
  subdomain?: string;
  hostNetwork: boolean;
  terminating: boolean;
  ready: boolean;
  conditions: ConditionView[];
  containers: ContainerView[];
  containerStatuses: ContainerStatusView[];
}

function readContainer(value: unknown): ContainerView {
  const c = asRecord(value);
  const ports = asArray(c.ports).flatMap((p): ContainerPortView[] => {
    const r = asRecord(p);
    const containerPort = asNumber(r.containerPort);
    if (containerPort === undefined) return [];
    const hostPort = asNumber(r.hostPort);
    return [{ name: asString(r.name), containerPort, protocol: asString(r.protocol) ?? "TCP", ...(hostPort ? { hostPort } : {}) }];
  });
  const readinessProbe = readProbe(c.readinessProbe);
  return { name: asString(c.name) ?? "", image: asString(c.image) ?? "", ports, ...(readinessProbe ? { readinessProbe } : {}) };
}

function readContainerStatus(value: unknown): ContainerStatusView {
  const s = asRecord(value);
  const state = asRecord(s.state);
  const view: ContainerStatusView = {
    name: asString(s.name) ?? "",
    ready: s.ready === true,
    restartCount: asNumber(s.restartCount) ?? 0,
  };
  if (isRecord(state.running)) view.running = { startedAt: asString(state.running.startedAt) };
  if (isRecord(state.waiting)) {
    view.waiting = { reason: asString(state.waiting.reason), message: asString(state.waiting.message) };
  }
  if (isRecord(state.terminated)) {
    view.terminated = { reason: asString(state.terminated.reason), exitCode: asNumber(state.terminated.exitCode) };
  }
  return view;
}

/**
 * Views are cached per object: the store hands out immutable (frozen) objects and replaces them on
 * change, so an object's identity stands for its content. Never mutate an object after reading it.
 */
const podViews = new WeakMap<KubeObject, PodView>();
const serviceViews = new WeakMap<KubeObject, ServiceView>();
const nodeViews = new WeakMap<KubeObject, NodeView>();

function cached<V>(cache: WeakMap<KubeObject, V>, object: KubeObject, read: (o: KubeObject) => V): V {
  let view = cache.get(object);
  if (view === undefined) {
    view = read(object);
    cache.set(object, view);
  }
  return view;
}

export const readPod = (pod: KubeObject): PodView => cached(podViews, pod, readPodUncached);
/**
 * A view of a pod read once and not kept (the EndpointSlice controller reads each pod version once,
 * as it changes): cheaper than a cached view, which would live as long as the pod version does.
 */
export const readPodOnce = (pod: KubeObject): PodView => podViews.get(pod) ?? readPodUncached(pod);
export const readService = (service: KubeObject): ServiceView => cached(serviceViews, service, readServiceUncached);
export const readNode = (node: KubeObject): NodeView => cached(nodeViews, node, readNodeUncached);

/** Container views per frozen containers list: the pods of one template share their template's list. */
const containerViews = new WeakMap<object, ContainerView[]>();

function readContainers(value: unknown): ContainerView[] {
  if (!Array.isArray(value) || !Object.isFrozen(value)) return asArray(value).map(readContainer);
  let views = containerViews.get(value);
  if (!views) containerViews.set(value, (views = value.map(readContainer)));
  return views;
}

function readPodUncached(pod: KubeObject): PodView {
  const spec = asRecord(pod.spec);
  const status = asRecord(pod.status);
  const conditions = asArray(status.conditions).map((c): ConditionView => {
    const r = asRecord(c);
    return {
      type: asString(r.type) ?? "",
      status: asString(r.status) ?? "",
      reason: asString(r.reason),
      message: asString(r.message),
    };
  });
  return {
    object: pod,
    namespace: namespaceOf(pod),
    name: nameOf(pod),
    uid: pod.metadata.uid,
    labels: pod.metadata.labels ?? {},
    podIP: asString(status.podIP) || undefined,
    phase: asString(status.phase),
    nodeName: asString(spec.nodeName),
    hostname: asString(spec.hostname),
    subdomain: asString(spec.subdomain),
    hostNetwork: spec.hostNetwork === true,
    terminating: pod.metadata.deletionTimestamp !== undefined,
    ready: conditions.some((c) => c.type === "Ready" && c.status === "True"),
    conditions,
    containers: readContainers(spec.containers),
    containerStatuses: asArray(status.containerStatuses).map(readContainerStatus),
  };
}

export interface ServicePortView {
  name?: string;
  port: number;
  targetPort: number | string;
  nodePort?: number;
  protocol: string;
  appProtocol?: string;
}

export interface ServiceView {
  object: KubeObject;
  namespace: string;
  name: string;
  uid?: string;
  type: string;
  /** `undefined` when the Service has no selector (or an empty one): Kubernetes manages no endpoints. */
  selector?: Labels;
  clusterIP?: string;
  headless: boolean;
  externalName?: string;
  publishNotReadyAddresses: boolean;
  externalTrafficPolicy: string;
  ports: ServicePortView[];
  loadBalancerAddresses: string[];
}

function readServiceUncached(service: KubeObject): ServiceView {
  const spec = asRecord(service.spec);
  const selector = asLabels(spec.selector);
  const clusterIP = asString(spec.clusterIP) || undefined;
  const ports = asArray(spec.ports).flatMap((p): ServicePortView[] => {
    const r = asRecord(p);
    const port = asNumber(r.port);
    if (port === undefined) return [];
    return [{
      name: asString(r.name) || undefined,
      port,
      targetPort: asPortRef(r.targetPort) ?? port,
      nodePort: asNumber(r.nodePort),
      protocol: asString(r.protocol) ?? "TCP",
      appProtocol: asString(r.appProtocol),
    }];
  });
  const lbIngress = asArray(asRecord(asRecord(service.status).loadBalancer).ingress);
  return {
    object: service,
    namespace: namespaceOf(service),
    name: nameOf(service),
    uid: service.metadata.uid,
    type: asString(spec.type) ?? "ClusterIP",
    selector: Object.keys(selector).length > 0 ? selector : undefined,
    clusterIP: clusterIP === "None" ? undefined : clusterIP,
    headless: clusterIP === "None",
    externalName: asString(spec.externalName),
    publishNotReadyAddresses: spec.publishNotReadyAddresses === true,
    externalTrafficPolicy: asString(spec.externalTrafficPolicy) ?? "Cluster",
    ports,
    loadBalancerAddresses: lbIngress.flatMap((i) => {
      const r = asRecord(i);
      const address = asString(r.ip) ?? asString(r.hostname);
      return address ? [address] : [];
    }),
  };
}

export interface NodeView { name: string; addresses: string[]; zone?: string; ready: boolean }

function readNodeUncached(node: KubeObject): NodeView {
  const status = asRecord(node.status);
  const labels = node.metadata.labels ?? {};
  return {
    name: nameOf(node),
    addresses: asArray(status.addresses).flatMap((a) => {
      const r = asRecord(a);
      const type = asString(r.type);
      const address = asString(r.address);
      return address && (type === "InternalIP" || type === "ExternalIP") ? [address] : [];
    }),
    zone: labels["topology.kubernetes.io/zone"],
    ready: asArray(status.conditions).some((c) => {
      const r = asRecord(c);
      return r.type === "Ready" && r.status === "True";
    }),
  };
}
