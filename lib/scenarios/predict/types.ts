/** Predict-the-outcome questions: a manifest, an event, and a question the engine answers. */
import type { NodeSpec } from "../../cluster/nodes";
import type { PodQuery } from "../checks/pod-query";

export type PredictEvent =
  | { kind: "none" }
  | { kind: "fail-node"; node: string }
  | { kind: "delete-pod"; namespace: string; name: string }
  | { kind: "apply"; block: number }
  | { kind: "set-image"; deployment: string; container: string; image: string; namespace: string }
  | { kind: "add-node" };

export type PredictAsk =
  | { kind: "count"; pods: PodQuery; state: "ready" | "running" | "pending" | "any" }
  | { kind: "status"; pod: string; namespace: string }
  | { kind: "answeredBy"; url: string; from: { pod: string; namespace: string } | "external" };

export interface PredictQuestion {
  /** The section title: the question as the learner reads it. */
  title: string;
  line: number;
  file: string;
  /** Prose of the section (without blocks): context and, after the answer, the author's why. */
  prose: string;
  nodes: NodeSpec[];
  /** The manifests, in order; an `apply` event names one of them by number (1-based), applied after settling. */
  manifests: { text: string; line: number }[];
  event: PredictEvent;
  after?: number;
  ask: PredictAsk;
  options?: string[];
}

export interface PredictOutcome {
  /** The right answer, as shown among the options. */
  answer: string;
  /** What the engine saw, in a learner's terms. */
  reason: string;
}
