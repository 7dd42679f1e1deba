/**
 * Service → EndpointSlices (the network layer's pure builder computes them; this controller writes
 * the difference), plus the simulated cloud controller that gives LoadBalancer Services an address.
 */
import { createObject, removeObject, writeStatus } from "../api";
import { buildEndpointSlices, loadBalancerStatus } from "../network";
import { nodeZones, type NodeZones } from "../network/endpoint-slices";
import type { KubeObject } from "../object";
import type { Runtime } from "../runtime/context";
import { keyOf, objectKey } from "../store/keys";
import { labelPairKey, labelPairKeys } from "../store/label-pairs";
import { isPod, record, type Pod } from "../types";
import type { StoreChange } from "../store/store";
import { deepEqual } from "../util/hash";
import { mapSelectorMatches } from "../util/labels";
import { self, type Controller } from "./controller";
import { owned } from "./helpers";

const selectors = new WeakMap<KubeObject, Record<string, string> | undefined>();

function selectorOf(svc: KubeObject): Record<string, string> | undefined {
  if (selectors.has(svc)) return selectors.get(svc);
  const sel = record(record(svc.spec)?.selector);
  let out: Record<string, string> | undefined;
  if (sel) {
    out = {};
    for (const [k, v] of Object.entries(sel)) if (typeof v === "string") out[k] = v;
  }
  selectors.set(svc, out);
  return out;
}

/** Whether a pod change can change any endpoint: labels, address, readiness, phase, node or deletion. */
function endpointRelevant(change: StoreChange): boolean {
  const a = change.old;
  const b = change.object;
  if (!a || change.type !== "MODIFIED" || !isPod(a) || !isPod(b)) return true;
  if (a.metadata.labels !== b.metadata.labels || a.metadata.deletionTimestamp !== b.metadata.deletionTimestamp || a.spec !== b.spec) return true;
  const sa = a.status;
  const sb = b.status;
  if (sa === sb) return false;
  return sa?.podIP !== sb?.podIP || sa?.phase !== sb?.phase || readyOf(sa) !== readyOf(sb);
}

function readyOf(status: Pod["status"]): string | undefined {
  return status?.conditions?.find((c) => c.type === "Ready")?.status;
}

function candidatePods(rt: Runtime, svc: KubeObject): KubeObject[] {
  const selector = selectorOf(svc);
  const ns = svc.metadata.namespace ?? "default";
  const first = selector ? Object.entries(selector)[0] : undefined;
  if (!selector || !first) return [];
  return rt.store.resolve(rt.store.podsWithLabel(ns, first[0], first[1])).filter((p) => mapSelectorMatches(selector, p.metadata.labels));
}

function comparable(o: KubeObject): unknown {
  return { labels: o.metadata.labels, endpoints: o.endpoints, ports: o.ports, addressType: o.addressType };
}

function reconcile(key: string, rt: Runtime, zones: () => NodeZones): void {
  const svc = rt.store.get(key);
  if (!svc || svc.metadata.deletionTimestamp) return;
  if (record(svc.spec)?.type === "LoadBalancer") {
    const current = record(record(svc.status)?.loadBalancer);
    if (!Array.isArray(current?.ingress)) {
      rt.record(svc, "Normal", "EnsuringLoadBalancer", "Ensuring load balancer", "service-controller");
      writeStatus(rt, svc, loadBalancerStatus(svc));
      rt.record(svc, "Normal", "EnsuredLoadBalancer", "Ensured load balancer", "service-controller");
    }
  }
  const desired = buildEndpointSlices(svc, candidatePods(rt, svc), zones(), svc.metadata.uid ?? "");
  const existing = owned(rt, svc, "EndpointSlice");
  const wanted = new Set(desired.map((d) => d.metadata.name));
  for (const old of existing) if (!wanted.has(old.metadata.name)) removeObject(rt, objectKey(old));
  for (const slice of desired) {
    const current = rt.store.get(keyOf("EndpointSlice", slice.metadata.namespace, slice.metadata.name ?? ""));
    if (!current) createObject(rt, slice);
    else if (!deepEqual(comparable(current), comparable(slice))) rt.store.put({ ...current, ...slice, metadata: { ...current.metadata, labels: slice.metadata.labels } });
  }
}

/**
 * The Service → EndpointSlice controller. It indexes Services by one pair of their selector (`ns|key=value` of the first pair), so a pod change looks
 * at the few Services that could select it instead of every Service in its namespace.
 */
export function createEndpointSliceController(): Controller {
  /** Service keys per selector pair, with each Service's whole selector (so a pod change reads no Service). */
  const byPair = new Map<string, Map<string, Record<string, string>>>();
  const pairOf = new Map<string, string>();
  /** Node zones, read once and kept until a Node changes (every reconcile would otherwise read every Node). */
  let zones: NodeZones | undefined;
  const currentZones = (rt: Runtime): NodeZones => (zones ??= nodeZones(rt.store.list("Node")));

  function indexService(key: string, svc: KubeObject | undefined): void {
    const old = pairOf.get(key);
    if (old) {
      byPair.get(old)?.delete(key);
      pairOf.delete(key);
    }
    const selector = svc ? selectorOf(svc) : undefined;
    const first = selector ? Object.entries(selector)[0] : undefined;
    if (!svc || !selector || !first) return;
    const pair = labelPairKey(svc.metadata.namespace ?? "", first[0], first[1]);
    let services = byPair.get(pair);
    if (!services) byPair.set(pair, (services = new Map()));
    services.set(key, selector);
    pairOf.set(key, pair);
  }

  function enqueueSelecting(pod: KubeObject | undefined, enqueue: (key: string) => void): void {
    const labels = pod?.metadata.labels;
    if (!pod || !labels) return;
    for (const pair of labelPairKeys(pod.metadata.namespace ?? "", labels)) {
      const services = byPair.get(pair);
      if (!services) continue;
      for (const [key, selector] of services) if (mapSelectorMatches(selector, labels)) enqueue(key);
    }
  }

  return {
    name: "endpointslice",
    watches: {
      Service: (change, enqueue) => {
        indexService(change.key, change.type === "DELETED" ? undefined : change.object);
        self(change, enqueue);
      },
      Node: () => {
        zones = undefined;
      },
      Pod: (change, enqueue) => {
        if (!endpointRelevant(change)) return;
        enqueueSelecting(change.object, enqueue);
        if (change.old && change.old.metadata.labels !== change.object.metadata.labels) enqueueSelecting(change.old, enqueue);
      },
    },
    reconcile: (key, rt) => reconcile(key, rt, () => currentZones(rt)),
    resync: (rt) => {
      zones = undefined;
      byPair.clear();
      pairOf.clear();
      for (const key of rt.store.keys("Service")) indexService(key, rt.store.get(key));
      return rt.store.keys("Service");
    },
  };
}
