/**
 * `request`: a simulated request (from outside, or from a pod) must be answered — by the pods the
 * task means, on the port it means, and (with `everyEndpoint`) whichever ready endpoint kube-proxy
 * picks — or, with `answered: false`, must not be.
 */
import { z } from "zod";
import { simulateRequest, type RequestSource } from "../../cluster/network";
import { authoredLabels } from "../../cluster/network/endpoints-explain";
import { failure, pass, type CheckOutcome, type ClusterView, type ConditionType } from "./check-type";
import { describeQuery, matchesQuery, podQuerySchema } from "./pod-query";

const fromSchema = z.union([
  z.literal("external"),
  z.object({ pod: z.string(), namespace: z.string().default("default") }).strict(),
  z.object({ node: z.string() }).strict(),
]);

export const requestSchema = z
  .object({
    from: fromSchema.default("external"),
    url: z.string(),
    answered: z.boolean().default(true),
    answeredBy: podQuerySchema.extend({ namespace: z.string().default("*") }).optional(),
    port: z.number().int().optional(),
    everyEndpoint: z.boolean().default(false),
  })
  .strict();

export type RequestParams = z.infer<typeof requestSchema>;

function source(from: RequestParams["from"]): RequestSource {
  if (from === "external") return { kind: "external" };
  if ("node" in from) return { kind: "node", name: from.node };
  return { kind: "pod", namespace: from.namespace, name: from.pod };
}

function describeFrom(from: RequestParams["from"]): string {
  if (from === "external") return "from outside";
  if ("node" in from) return `from node ${from.node}`;
  return `from pod ${from.namespace}/${from.pod}`;
}

export function evaluateRequest(view: ClusterView, p: RequestParams): CheckOutcome {
  const result = simulateRequest(view.objects, { from: source(p.from), url: p.url }, view.now, String(view.seed));
  const trace = result.trace.map((h) => `${h.ok ? "✓" : "✗"} ${h.step}: ${h.detail}`);
  const where = describeFrom(p.from);
  if (!p.answered) {
    return result.answered
      ? failure(`${where}: ${result.summary}; it should have been refused`, trace)
      : pass(`${where}: ${result.summary}`, trace);
  }
  if (!result.answered || !result.answeredBy) return failure(`${where}: ${result.summary}`, trace);
  const views = view.index.pods;
  const ordered = [result.answeredBy, ...result.candidates].filter((c) => c !== undefined);
  const wrong = ordered.find((c) => {
    const pod = views.find((v) => v.namespace === c.namespace && v.name === c.pod);
    return (p.answeredBy && (!pod || !matchesQuery(pod, p.answeredBy))) || (p.port !== undefined && c.port !== p.port);
  });
  if (wrong) {
    const pod = views.find((v) => v.namespace === wrong.namespace && v.name === wrong.pod);
    const what = pod ? `${pod.name} (${pod.containers.map((c) => c.image).join(", ")}, labels ${Object.entries(authoredLabels(pod.labels)).map(([k, v]) => `${k}=${v}`).join(",") || "none"})` : wrong.pod;
    const expected = [p.answeredBy ? describeQuery(p.answeredBy).replace(/ in any namespace$/, "") : "", p.port !== undefined ? `on port ${p.port}` : ""].filter(Boolean).join(" ");
    return failure(`${where}: ${result.summary}; it should reach ${expected}, but it reached ${what} on port ${wrong.port}`, trace);
  }
  if (p.everyEndpoint) {
    const silent = result.candidates.filter((c) => !c.answers);
    if (silent.length > 0) {
      const list = result.summary.includes("would not answer") ? "" : ` (${silent.map((c) => `${c.pod}: ${c.reason ?? "does not answer"}`).join("; ")})`;
      return failure(`${where}: ${result.summary}. A request can be sent to a pod that does not answer yet${list}`, trace);
    }
  }
  return pass(`${where}: ${result.summary}`, trace);
}

export const requestCheck: ConditionType<RequestParams> = {
  kind: "condition",
  type: "request",
  schema: requestSchema,
  evaluate: evaluateRequest,
};
