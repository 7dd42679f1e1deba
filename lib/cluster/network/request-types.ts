/** The shapes of a simulated request and its answer. */
import type { ClusterIndex } from "./cluster-index";
import type { RequestTarget } from "./url";

export type RequestSource =
  | { kind: "external" }
  | { kind: "pod"; namespace: string; name: string }
  | { kind: "node"; name: string };

export interface SimulatedRequest { from: RequestSource; url: string }

/** One step of the trace, e.g. `{ step: "Ingress shop", detail: "host shop.example.com, path / (Prefix) → Service web:80", ok: true }`. */
export interface Hop { step: string; detail: string; ok: boolean }

export interface Endpoint { namespace: string; pod: string; podIP: string; port: number }

/** A ready endpoint the request could have reached, and whether it would have answered. */
export interface Candidate extends Endpoint { answers: boolean; reason?: string }

export interface RequestResult {
  answered: boolean;
  answeredBy?: Endpoint;
  /** Every ready endpoint the request could go to (kube-proxy picks one), sorted by pod name. */
  candidates: Candidate[];
  trace: Hop[];
  /** One learner-facing sentence: the route and the outcome. */
  summary: string;
}

/** What every routing step needs: the cluster, the request and the virtual time. */
export interface RequestContext {
  index: ClusterIndex;
  target: RequestTarget;
  now: string;
  seed?: string;
  /** Identifies the request for the seeded endpoint choice. */
  requestKey: string;
}

/** The outcome of one part of a route: its hops, its part of the summary, and the endpoint reached. */
export interface Leg {
  ok: boolean;
  hops: Hop[];
  /** Summary parts, e.g. `Ingress shop`, `Service web:80`. */
  chain: string[];
  /** The failure, as the end of the summary sentence. */
  reason?: string;
  answeredBy?: Endpoint;
  candidates: Candidate[];
}

export const fail = (step: string, detail: string, reason = detail): Leg => ({
  ok: false,
  hops: [{ step, detail, ok: false }],
  chain: [],
  reason,
  candidates: [],
});

/** Puts a passed hop (and its summary part) in front of the rest of the route. */
export function through(hop: Hop, chainPart: string | undefined, rest: Leg): Leg {
  return { ...rest, hops: [hop, ...rest.hops], chain: chainPart ? [chainPart, ...rest.chain] : rest.chain };
}
