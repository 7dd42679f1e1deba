/**
 * The last part of every route: a Service spreads a request over its ready endpoints (kube-proxy's
 * choice, made repeatable by the seed), NetworkPolicy on both ends decides whether the packet may
 * pass, and the pod's containers decide whether anything answers.
 *
 * Endpoint choice: ready endpoints sorted by pod name; with a seed the request goes to index
 * FNV-1a(`seed|source|url`) mod n, without one to the first. Every candidate is evaluated too, so
 * callers can check that *any* choice would have been answered.
 */
import { explainNoReadyEndpoints } from "./endpoints-explain";
import { fnv1a32 } from "../util/hash";
import { checkPodAnswers } from "./listen";
import { checkEgressPolicy, checkIngressPolicy, podPeer, type PolicyPeer } from "./network-policy";
import type { PodView, ServicePortView, ServiceView } from "./read";
import { fail, through, type Candidate, type Hop, type Leg, type RequestContext } from "./request-types";

/** Endpoints named in a trace hop; the rest are counted (candidates still lists them all). */
const MAX_LISTED = 10;

export interface RequestOrigin { peer: PolicyPeer; pod?: PodView }

export function deliverToPod(ctx: RequestContext, origin: RequestOrigin, pod: PodView, port: number): Leg {
  const hops: Hop[] = [];
  if (origin.pod) {
    const egress = checkEgressPolicy(ctx.index, origin.pod, podPeer(pod), port, "TCP");
    if (!egress.allowed) return fail("NetworkPolicy (egress)", egress.detail);
    if (egress.restricted) hops.push({ step: "NetworkPolicy (egress)", detail: egress.detail, ok: true });
  }
  const ingress = checkIngressPolicy(ctx.index, pod, origin.peer, port, "TCP");
  if (!ingress.allowed) return { ...fail("NetworkPolicy (ingress)", ingress.detail), hops: [...hops, { step: "NetworkPolicy (ingress)", detail: ingress.detail, ok: false }] };
  if (ingress.restricted) hops.push({ step: "NetworkPolicy (ingress)", detail: ingress.detail, ok: true });
  const step = `Pod ${pod.name}`;
  const address = `${pod.podIP ?? "(no IP)"}:${port}`;
  if (pod.phase !== "Running" || !pod.podIP) {
    const reason = `pod ${pod.name} is ${pod.phase ?? "not running"}`;
    return { ok: false, hops: [...hops, { step, detail: `${address}: ${reason}`, ok: false }], chain: [], reason, candidates: [] };
  }
  const node = pod.nodeName ? ctx.index.nodes.find((n) => n.name === pod.nodeName) : undefined;
  if (node && !node.ready) {
    const reason = `node ${node.name}, which runs pod ${pod.name}, is NotReady, so the pod does not answer`;
    return { ok: false, hops: [...hops, { step, detail: `${address}: ${reason}`, ok: false }], chain: [], reason, candidates: [] };
  }
  const listen = checkPodAnswers(pod, port, ctx.target.protocol !== "tcp", ctx.target.path, ctx.now);
  const detail = `${address}: ${listen.detail}`;
  hops.push({ step, detail, ok: listen.ok });
  if (!listen.ok) return { ok: false, hops, chain: [`pod ${pod.name}`], reason: listen.detail, candidates: [] };
  return {
    ok: true,
    hops,
    chain: [],
    answeredBy: { namespace: pod.namespace, pod: pod.name, podIP: pod.podIP, port },
    candidates: [],
  };
}

export function pickIndex(ctx: RequestContext, count: number): number {
  if (count <= 1 || ctx.seed === undefined) return 0;
  return fnv1a32(`${ctx.seed}|${ctx.requestKey}`) % count;
}

/** Sends the request to one of `targets` (sorted by pod name), evaluating all of them as candidates. */
export function spread(ctx: RequestContext, origin: RequestOrigin, targets: readonly { pod: PodView; port: number }[], intro: string): Leg {
  const legs = targets.map((t) => deliverToPod(ctx, origin, t.pod, t.port));
  const candidates: Candidate[] = targets.map((t, i) => ({
    namespace: t.pod.namespace,
    pod: t.pod.name,
    podIP: t.pod.podIP ?? "",
    port: t.port,
    answers: legs[i]?.ok === true,
    ...(legs[i]?.ok ? {} : { reason: legs[i]?.reason }),
  }));
  const chosen = pickIndex(ctx, targets.length);
  const leg = legs[chosen];
  const target = targets[chosen];
  if (!leg || !target) return fail("Endpoints", "no endpoint to send the request to");
  const shown = targets.slice(0, MAX_LISTED).map((t) => `${t.pod.name} ${t.pod.podIP ?? ""}:${t.port}`).join(", ");
  const list = targets.length > MAX_LISTED ? `${shown}, and ${targets.length - MAX_LISTED} more` : shown;
  const hop: Hop = { step: "Endpoints", detail: `${intro}: ${list}; this request goes to ${target.pod.name}`, ok: true };
  return { ...through(hop, undefined, leg), candidates };
}

/**
 * Through a Service to one of its ready endpoints. `onlyNode` restricts the endpoints to one node, as
 * kube-proxy does for external traffic to a node port when externalTrafficPolicy is Local.
 */
export function deliverViaService(
  ctx: RequestContext,
  origin: RequestOrigin,
  service: ServiceView,
  port: ServicePortView,
  via: string,
  onlyNode?: string,
): Leg {
  const step = `Service ${service.name}:${port.port}`;
  if (service.type === "ExternalName") {
    const detail = `Service ${service.name} is ExternalName (CNAME to ${service.externalName ?? "nothing"}); the simulated cluster does not reach hosts outside it`;
    return { ...fail(step, detail), chain: [step] };
  }
  const portName = port.name ?? "";
  const all = ctx.index.endpointsOf(service);
  const targets = all.flatMap((e) => {
    const resolved = e.ports.find((p) => p.name === portName);
    return e.ready && resolved ? [{ pod: e.pod, port: resolved.port }] : [];
  });
  const targetText = typeof port.targetPort === "number" ? `${port.targetPort}` : `${port.targetPort} (named)`;
  if (targets.length === 0) {
    const why = `no ready endpoints: ${explainNoReadyEndpoints(ctx.index, service)}`;
    return { ...fail(step, `${via} → targetPort ${targetText}; ${why}`, why), chain: [step] };
  }
  const hop: Hop = { step, detail: `${via} → targetPort ${targetText}`, ok: true };
  if (onlyNode !== undefined) {
    const local = targets.filter((t) => t.pod.nodeName === onlyNode);
    if (local.length === 0) {
      const why = `Service ${service.name} has externalTrafficPolicy: Local and node ${onlyNode} runs none of its ready endpoints, so the node drops the request`;
      return { ...fail(step, `${via}; ${why}`, why), chain: [step] };
    }
    const intro = `${local.length} ready endpoint${local.length === 1 ? "" : "s"} on node ${onlyNode} (externalTrafficPolicy: Local)`;
    return through(hop, step, spread(ctx, origin, local, intro));
  }
  const notReady = all.length - targets.length;
  const intro = `${targets.length} ready endpoint${targets.length === 1 ? "" : "s"}${notReady > 0 ? ` (${notReady} not ready)` : ""}`;
  return through(hop, step, spread(ctx, origin, targets, intro));
}

/** The Service port a request on `port` uses, or a failure naming the ports the Service has. */
export function servicePortFor(service: ServiceView, port: number | string): ServicePortView | string {
  const found = service.ports.find((p) => (typeof port === "number" ? p.port === port : p.name === port));
  if (found) return found;
  const ports = service.ports.map((p) => (p.name ? `${p.port} (${p.name})` : `${p.port}`)).join(", ") || "none";
  const which = typeof port === "number" ? `port ${port}` : `port named ${port}`;
  return `service "${service.name}" has no ${which}; its ports are ${ports}`;
}
