/** `endpoints`: a Service must have a number of ready endpoints (used to watch a Service through a fault). */
import { z } from "zod";
import { explainNoReadyEndpoints } from "../../cluster/network";
import { boundsShape, describeBounds, withinBounds } from "./bounds";
import type { PodView } from "../../cluster/network/read";
import { failure, pass, type CheckOutcome, type ClusterView, type ConditionType } from "./check-type";

export const endpointsSchema = z
  .object({ service: z.string(), namespace: z.string().default("default"), ...boundsShape })
  .strict();

export type EndpointsParams = z.infer<typeof endpointsSchema>;

/** The first two clauses of a long explanation (one per pod), the rest elided. */
function brief(text: string): string {
  const parts = text.split("; ");
  return parts.length <= 2 ? text : `${parts.slice(0, 2).join("; ")}; and ${parts.length - 2} more`;
}

/** When every pod sits on a node that stopped reporting: `web-a, web-b run on node worker-1, which is NotReady`. */
function downNodes(view: ClusterView, pods: readonly PodView[]): string | undefined {
  if (pods.length === 0) return undefined;
  const byNode = new Map<string, string[]>();
  for (const pod of pods) {
    const node = view.index.nodes.find((n) => n.name === pod.nodeName);
    if (!node || node.ready) return undefined;
    byNode.set(node.name, [...(byNode.get(node.name) ?? []), pod.name]);
  }
  return [...byNode].map(([node, names]) => `${names.join(", ")} ${names.length === 1 ? "runs" : "run"} on node ${node}, which is NotReady (its kubelet stopped reporting), so ${names.length === 1 ? "it is" : "they are"} not ready`).join("; ");
}

export function evaluateEndpoints(view: ClusterView, p: EndpointsParams): CheckOutcome {
  const bounds = p.min === undefined && p.max === undefined && p.equals === undefined ? { min: 1 } : p;
  const label = `Service ${p.service}${p.namespace === "default" ? "" : ` in namespace ${p.namespace}`}`;
  const service = view.index.service(p.namespace, p.service);
  if (!service) return failure(`there is no ${label}`);
  const all = view.index.endpointsOf(service);
  const ready = all.filter((e) => e.ready).map((e) => e.pod.name);
  const notReady = all.filter((e) => !e.ready).map((e) => e.pod.name);
  const trace = [`ready: ${ready.join(", ") || "none"}`, `not ready: ${notReady.join(", ") || "none"}`];
  if (!withinBounds(ready.length, bounds)) {
    const why = ready.length === 0 ? `: ${downNodes(view, all.map((e) => e.pod)) ?? brief(explainNoReadyEndpoints(view.index, service))}` : notReady.length > 0 ? ` (not ready: ${notReady.join(", ")})` : "";
    return failure(`${label} has ${ready.length} ready endpoint${ready.length === 1 ? "" : "s"}, expected ${describeBounds(bounds)}${why}`, trace);
  }
  return pass(`${label} has ${ready.length} ready endpoint${ready.length === 1 ? "" : "s"} (${ready.join(", ")})`, trace);
}

export const endpointsCheck: ConditionType<EndpointsParams> = { kind: "condition", type: "endpoints", schema: endpointsSchema, evaluate: evaluateEndpoints };
