/**
 * A simulated request with a hop-by-hop trace: from outside (through an Ingress, a node port or a
 * load balancer), from a pod (cluster DNS, Services, pod IPs, NetworkPolicy) or from a node.
 * Endpoints are computed from the pods as the EndpointSlice controller would publish them, so the
 * answer reflects the cluster's settled state at `now`.
 */
import type { KubeObject } from "../object";
import { indexCluster, type ClusterIndex } from "./cluster-index";
import { describePodProblem } from "./endpoints-explain";
import { isIPv4 } from "./ip";
import { podPeer } from "./network-policy";
import { routeExternalName, routeNameFromPod, routeToAddress } from "./routes";
import { fail, type Hop, type Leg, type RequestContext, type RequestResult, type RequestSource, type SimulatedRequest } from "./request-types";
import { parseRequestTarget } from "./url";

/** The address an external client's packets come from (TEST-NET-2); only ipBlock rules can match it. */
export const EXTERNAL_CLIENT_IP = "198.51.100.7";

function sourceKey(source: RequestSource): string {
  if (source.kind === "pod") return `pod/${source.namespace}/${source.name}`;
  if (source.kind === "node") return `node/${source.name}`;
  return "external";
}

function route(ctx: RequestContext, source: RequestSource, index: ClusterIndex): { first: Hop; leg: Leg } {
  const { host } = ctx.target;
  if (source.kind === "external") {
    const origin = { peer: { ip: EXTERNAL_CLIENT_IP, describe: `an external client (${EXTERNAL_CLIENT_IP})` } };
    const first = { step: "Client", detail: `from outside the cluster to ${ctx.target.label}`, ok: true };
    return { first, leg: isIPv4(host) ? routeToAddress(ctx, origin, false) : routeExternalName(ctx, origin, "outside the cluster") };
  }
  if (source.kind === "node") {
    const node = index.nodes.find((n) => n.name === source.name);
    if (!node) return { first: { step: "Client", detail: `node ${source.name}`, ok: false }, leg: fail("Client", `no node ${source.name} in the cluster`) };
    const origin = { peer: { ip: node.addresses[0] ?? "", describe: `node ${node.name}` } };
    const first = { step: "Client", detail: `from node ${node.name} (${node.addresses[0] ?? "no address"}) to ${ctx.target.label}`, ok: true };
    return { first, leg: isIPv4(host) ? routeToAddress(ctx, origin, true) : routeExternalName(ctx, origin, `on node ${node.name} (nodes do not use cluster DNS)`) };
  }
  const pod = index.pods.find((p) => p.namespace === source.namespace && p.name === source.name);
  const first = { step: "Client", detail: `from pod ${source.namespace}/${source.name} to ${ctx.target.label}`, ok: true };
  if (!pod) return { first: { ...first, ok: false }, leg: fail("Client", `no pod ${source.name} in namespace ${source.namespace}`) };
  if (pod.phase !== "Running" || !pod.podIP) {
    return { first: { ...first, ok: false }, leg: fail("Client", `pod ${pod.name} is not running, so it sends nothing: ${describePodProblem(pod)}`) };
  }
  first.detail = `from pod ${pod.namespace}/${pod.name} (${pod.podIP}) to ${ctx.target.label}`;
  const origin = { peer: podPeer(pod), pod };
  if (isIPv4(host)) return { first, leg: routeToAddress(ctx, origin, true) };
  return { first, leg: routeNameFromPod(ctx, origin, pod) };
}

function summarise(label: string, leg: Leg): string {
  const end = leg.ok && leg.answeredBy
    ? `answered by pod ${leg.answeredBy.pod} (${leg.answeredBy.podIP}:${leg.answeredBy.port})`
    : leg.reason ?? "not answered";
  let summary = [label, ...leg.chain, end].join(" → ");
  const failing = leg.candidates.filter((c) => !c.answers);
  if (leg.ok && failing.length > 0) {
    const [first] = failing;
    summary += `; but ${failing.length} of ${leg.candidates.length} ready endpoints would not answer (${first?.pod}: ${first?.reason ?? ""})`;
  }
  return summary;
}

/**
 * Simulates one request at virtual time `now`. With a seed, the endpoint a Service sends it to is
 * chosen as FNV-1a(`seed|source|url`) mod (number of ready endpoints, sorted by pod name); without
 * one, the first. `candidates` lists every ready endpoint and whether it would have answered.
 */
export function simulateRequest(objects: readonly KubeObject[], request: SimulatedRequest, now: string, seed?: string): RequestResult {
  const parsed = parseRequestTarget(request.url);
  if (!parsed.ok) {
    return { answered: false, candidates: [], trace: [{ step: "Request", detail: parsed.error, ok: false }], summary: `${request.url} → ${parsed.error}` };
  }
  const index = indexCluster(objects);
  const ctx: RequestContext = { index, target: parsed.target, now, seed, requestKey: `${sourceKey(request.from)}|${request.url}` };
  const { first, leg } = route(ctx, request.from, index);
  const candidates = leg.candidates.length > 0 || !leg.answeredBy ? leg.candidates : [{ ...leg.answeredBy, answers: true }];
  return {
    answered: leg.ok,
    ...(leg.answeredBy ? { answeredBy: leg.answeredBy } : {}),
    candidates,
    trace: [first, ...leg.hops],
    summary: summarise(parsed.target.label, leg),
  };
}
