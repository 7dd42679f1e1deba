/**
 * `count`: how many pods matching a query are in a state (ready, running, pending, any), in total
 * or on each node. A failure names the pods that are not in that state and why (Pending with the
 * scheduler's message, CrashLoopBackOff with the container's, a readiness probe on the wrong port).
 */
import { z } from "zod";
import { describePodProblem } from "../../cluster/network";
import type { PodView } from "../../cluster/network/read";
import { boundsShape, describeBounds, hasBound, withinBounds } from "./bounds";
import { failure, pass, type CheckOutcome, type ClusterView, type ConditionType } from "./check-type";
import { countOf, describeQuery, isServing, podQuerySchema, selectPods } from "./pod-query";

const stateSchema = z.enum(["ready", "running", "pending", "any"]);

export const countSchema = z
  .object({
    pods: podQuerySchema,
    state: stateSchema.default("ready"),
    ...boundsShape,
    perNode: z.object({ nodes: z.enum(["all", "workers"]).default("all"), ...boundsShape }).strict().optional(),
  })
  .strict()
  .refine((p) => hasBound(p) || p.perNode !== undefined, { message: "give min, max, equals or perNode" });

export type CountParams = z.infer<typeof countSchema>;

function inState(pod: PodView, state: CountParams["state"]): boolean {
  if (state === "ready") return isServing(pod);
  if (state === "running") return pod.phase === "Running" && !pod.terminating;
  if (state === "pending") return pod.phase === "Pending";
  return true;
}

const stateWord = (state: CountParams["state"]): string => (state === "any" ? "" : `${state} `);

/** Why pods are not in the state, pods with the same problem grouped: `web-a, web-b are Pending: 0/4 nodes…`. */
function problems(pods: readonly PodView[], state: CountParams["state"]): string[] {
  const groups = new Map<string, string[]>();
  for (const pod of pods.filter((p) => !inState(p, state))) {
    const text = describePodProblem(pod);
    const rest = text.startsWith(pod.name) ? text.slice(pod.name.length) : `: ${text}`;
    groups.set(rest, [...(groups.get(rest) ?? []), pod.name]);
  }
  return [...groups].map(([rest, names]) => `${names.join(", ")}${names.length > 1 ? rest.replace(/^ is /, " are ") : rest}`);
}

export function evaluateCount(view: ClusterView, p: CountParams): CheckOutcome {
  const pods = selectPods(view, p.pods);
  const matching = pods.filter((pod) => inState(pod, p.state));
  const what = describeQuery(p.pods);
  const trace = pods.map((pod) => `${pod.name} on ${pod.nodeName ?? "no node"}: ${inState(pod, p.state) ? `${p.state}` : describePodProblem(pod)}`);
  if (hasBound(p) && !withinBounds(matching.length, p)) {
    const why = problems(pods, p.state);
    const none = pods.length === 0 ? `: ${noMatch(view, p.pods)}` : "";
    const detail = why.length > 0 ? `: ${why.slice(0, 3).join("; ")}` : "";
    const created = creationProblem(view, p.pods.namespace);
    return failure(`${countOf(matching.length, stateWord(p.state), p.pods)}, expected ${describeBounds(p)}${none}${detail}${created ? `. ${created}` : ""}`, trace);
  }
  if (p.perNode) {
    const nodes = view.index.nodes.filter((n) => p.perNode?.nodes === "all" || !isControlPlane(view, n.name));
    for (const node of nodes) {
      const here = matching.filter((pod) => pod.nodeName === node.name).length;
      if (!withinBounds(here, p.perNode)) {
        const why = problems(pods, p.state);
        const detail = why.length > 0 ? ` (${why.slice(0, 3).join("; ")})` : "";
        return failure(`node ${node.name} has ${countOf(here, stateWord(p.state), p.pods)}, expected ${describeBounds(p.perNode)} on every node${detail}`, trace);
      }
    }
    const one = p.perNode.equals === 1 || (p.perNode.max === 1 && p.perNode.min === undefined);
    return pass(`${describeBounds(p.perNode)} ${stateWord(p.state)}${one ? what.replace(/^pods\b/, "pod") : what} on each of ${nodes.length} nodes`, trace);
  }
  return pass(countOf(matching.length, stateWord(p.state), p.pods), trace);
}

/** The last pod a controller failed to create in the namespace (a quota, a missing ServiceAccount…), from its events. */
function creationProblem(view: ClusterView, namespace: string): string | undefined {
  const failed = view.cluster.events().filter((e) => e.reason === "FailedCreate" && (namespace === "*" || e.involvedObject.namespace === namespace)
    && view.cluster.get(e.involvedObject.kind, e.involvedObject.namespace, e.involvedObject.name) !== undefined);
  const last = failed[failed.length - 1];
  return last ? `${last.involvedObject.kind} ${last.involvedObject.name} cannot create its pods: ${last.message.replace(/^\(combined from similar events\): /, "")}` : undefined;
}

/** `no pod is named db-0; the pods in namespace default are db-7d4f9-x2kq`. */
function noMatch(view: ClusterView, q: CountParams["pods"]): string {
  const others = view.index.pods.filter((pod) => q.namespace === "*" || pod.namespace === q.namespace).map((pod) => pod.name);
  const head = q.name !== undefined ? `no pod is named ${q.name}` : "no pod matches";
  const where = q.namespace === "*" ? "" : ` in namespace ${q.namespace}`;
  return `${head}; ${others.length > 0 ? `the pods${where} are ${others.slice(0, 6).join(", ")}` : `there are no pods${where}`}`;
}

function isControlPlane(view: ClusterView, name: string): boolean {
  const node = view.objects.find((o) => o.kind === "Node" && o.metadata.name === name);
  return node?.metadata.labels?.["node-role.kubernetes.io/control-plane"] !== undefined;
}

export const countCheck: ConditionType<CountParams> = { kind: "condition", type: "count", schema: countSchema, evaluate: evaluateCount };
