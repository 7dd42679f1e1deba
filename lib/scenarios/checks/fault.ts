/**
 * `fault`: something happens to the running cluster on the virtual clock — the answer is applied
 * over the starting objects, each matching pod is deleted in turn, each worker fails in turn, an
 * image rolls out, a node joins — and conditions must hold before it, at every quiet instant
 * during it, and after the cluster settles. Targets take turns on one cluster (a failed node recovers
 * before the next fails), which keeps grading fast.
 */
import { z } from "zod";
import type { Cluster } from "../../cluster/cluster";
import { failure, pass, ClusterView, type ActionContext, type ActionType, type CheckOutcome } from "./check-type";
import { compileConditions, type CompiledCondition } from "./conditions";
import { describeQuery, podQuerySchema, selectPods } from "./pod-query";
import { explainPlacement } from "./placement";
import { explainRollouts } from "./rollout-context";
import { checkReplacement } from "./replacement";

const conditionList = z.array(z.record(z.string(), z.unknown())).default([]);

export const faultSchema = z
  .object({
    action: z.enum(["apply-answer", "delete-each-pod", "delete-pod", "fail-each-node", "drain-each-node", "set-image", "add-node"]),
    pods: podQuerySchema.optional(),
    pod: z.string().optional(),
    namespace: z.string().default("default"),
    nodes: z.enum(["workers", "all"]).default("workers"),
    deployment: z.string().optional(),
    container: z.string().optional(),
    image: z.string().optional(),
    replacement: z.boolean().default(false),
    seconds: z.number().positive().optional(),
    hold: conditionList,
    after: conditionList,
  })
  .strict()
  .superRefine((p, ctx) => {
    const need = (field: keyof typeof p, why: string): void => {
      if (p[field] === undefined) ctx.addIssue({ code: "custom", path: [field], message: `required for ${why}` });
    };
    if (p.action === "delete-each-pod") need("pods", "delete-each-pod");
    if (p.action === "delete-pod") need("pod", "delete-pod");
    if (p.action === "set-image") for (const f of ["deployment", "container", "image"] as const) need(f, "set-image");
    for (const [list, items] of [["hold", p.hold], ["after", p.after]] as const) {
      for (const e of compileConditions(items, list).errors) ctx.addIssue({ code: "custom", path: [list], message: e });
    }
  });

export type FaultParams = z.infer<typeof faultSchema>;

/** One thing that happens; `undo` puts the cluster back (a failed node recovers) before the next one. */
interface Target {
  label: string;
  act: (c: Cluster) => void;
  undo?: (c: Cluster) => void;
  /** Context for a failure, read from the cluster before the fault (where the pods ran). */
  explain?: (before: ClusterView) => string | undefined;
  /** Context for a failure, read from the cluster once it happened (the rollout's strategy). */
  explainAfter?: (after: Cluster) => string | undefined;
}

function evaluateAll(conditions: readonly CompiledCondition[], cluster: Cluster, seed: number): CheckOutcome | undefined {
  if (conditions.length === 0) return undefined;
  const view = new ClusterView(cluster, seed);
  for (const c of conditions) {
    const outcome = c.evaluate(view);
    if (!outcome.passed) return outcome;
  }
  return undefined;
}

/** The cluster to act on, and what happens to it (in turn, on the same cluster). */
function plan(ctx: ActionContext, p: FaultParams): { cluster: Cluster; targets: Target[]; done: string } {
  if (p.action === "apply-answer") {
    const { cluster, applyAnswer } = ctx.withoutAnswer();
    return { cluster, targets: [{ label: "while your answer was applied", act: applyAnswer, explainAfter: (c) => explainRollouts(c.objects()) }], done: "the change from the starting cluster to your answer" };
  }
  const cluster = ctx.withAnswer();
  switch (p.action) {
    case "delete-each-pod": {
      const pods = p.pods ? selectPods(new ClusterView(cluster, ctx.seed), p.pods) : [];
      const targets = pods.map((pod): Target => ({ label: `after deleting pod ${pod.name}`, act: (c) => void c.deletePod(pod.namespace, pod.name) }));
      return { cluster, targets, done: `deleting each of ${pods.map((pod) => pod.name).join(", ")} in turn` };
    }
    case "delete-pod":
      return { cluster, targets: [{ label: `after deleting pod ${p.pod ?? ""}`, act: (c) => void c.deletePod(p.namespace, p.pod ?? "") }], done: `deleting pod ${p.pod ?? ""}` };
    case "fail-each-node": {
      const nodes = cluster.list("Node").filter((n) => p.nodes === "all" || n.metadata.labels?.["node-role.kubernetes.io/control-plane"] === undefined);
      return {
        cluster,
        done: `failing each of ${nodes.map((n) => n.metadata.name ?? "").join(", ")} in turn`,
        targets: nodes.map((n) => ({
          label: `when node ${n.metadata.name ?? ""} failed`,
          act: (c) => void c.failNode(n.metadata.name ?? ""),
          explain: (view) => (p.pods ? explainPlacement(selectPods(view, p.pods), n.metadata.name ?? "", describeQuery(p.pods)) : undefined),
          undo: (c) => {
            c.recoverNode(n.metadata.name ?? "");
            c.settle();
          },
        })),
      };
    }
    case "drain-each-node": {
      const nodes = cluster.list("Node").filter((n) => p.nodes === "all" || n.metadata.labels?.["node-role.kubernetes.io/control-plane"] === undefined);
      return {
        cluster,
        done: `draining each of ${nodes.map((n) => n.metadata.name ?? "").join(", ")} in turn`,
        targets: nodes.map((n) => ({
          label: `when node ${n.metadata.name ?? ""} was drained`,
          act: (c) => void c.drain(n.metadata.name ?? ""),
          explain: (view) => (p.pods ? explainPlacement(selectPods(view, p.pods), n.metadata.name ?? "", describeQuery(p.pods))?.replace(" failed", " was drained") : undefined),
          undo: (c) => {
            c.uncordon(n.metadata.name ?? "");
            c.settle();
          },
        })),
      };
    }
    case "set-image":
      return { cluster, targets: [{ label: `during the rollout of ${p.image ?? ""}`, act: (c) => void c.setImage("Deployment", p.namespace, p.deployment ?? "", p.container ?? "", p.image ?? ""), explainAfter: (c) => explainRollouts(c.objects()) }], done: `the rollout of ${p.image ?? ""}` };
    case "add-node":
      return { cluster, targets: [{ label: "after a node joined", act: (c) => void c.addNode() }], done: "a new node joining" };
  }
}

function runTarget(cluster: Cluster, seed: number, p: FaultParams, t: Target, hold: CompiledCondition[], after: CompiledCondition[]): CheckOutcome | undefined {
  const before = evaluateAll(hold, cluster, seed);
  if (before) return failure(`before the fault (${t.label.replace(/^(after|when|while|during) /, "")}): ${before.message}`, before.trace);
  const viewBefore = new ClusterView(cluster, seed);
  const podsBefore = p.replacement && p.pods ? selectPods(viewBefore, p.pods) : [];
  const context = (): string => {
    const why = t.explain?.(viewBefore) ?? t.explainAfter?.(cluster);
    return why ? `. ${why[0]?.toUpperCase() ?? ""}${why.slice(1)}` : "";
  };
  const withContext = (message: string): string => {
    const more = context();
    return more ? `${message.replace(/\.$/, "")}${more}` : message;
  };
  const start = cluster.now;
  let during: { at: number; outcome: CheckOutcome } | undefined;
  const stop = cluster.observe(() => {
    if (during) return;
    const outcome = evaluateAll(hold, cluster, seed);
    if (outcome) during = { at: cluster.now - start, outcome };
  });
  t.act(cluster);
  if (p.seconds !== undefined) cluster.advance(p.seconds);
  else cluster.settle();
  stop();
  if (during) return failure(withContext(`${t.label}, ${during.at} s later: ${during.outcome.message}`), during.outcome.trace);
  if (p.replacement && p.pods) {
    const replaced = checkReplacement(podsBefore, new ClusterView(cluster, seed), p.pods, t.label);
    if (!replaced.passed) return replaced;
  }
  const end = evaluateAll([...hold, ...after], cluster, seed);
  if (end) return failure(withContext(`${t.label}, once the cluster settled: ${end.message}`), end.trace);
  t.undo?.(cluster);
  return undefined;
}

export function runFault(ctx: ActionContext, p: FaultParams): CheckOutcome {
  const hold = compileConditions(p.hold, "hold").conditions;
  const after = compileConditions(p.after, "after").conditions;
  const { cluster, targets, done } = plan(ctx, p);
  if (targets.length === 0) return failure(p.pods ? `no ${describeQuery(p.pods)} to delete` : "nothing to apply the fault to");
  for (const t of targets) {
    const failed = runTarget(cluster, ctx.seed, p, t, hold, after);
    if (failed) return failed;
  }
  return pass(`held before, during and after ${done}`);
}

/** `apply-answer` faults watch the graded cluster itself while the answer is applied. */
export function watchAnswer(cluster: Cluster, p: FaultParams, seed: number): (() => CheckOutcome) | undefined {
  if (p.action !== "apply-answer") return undefined;
  const hold = compileConditions(p.hold, "hold").conditions;
  const after = compileConditions(p.after, "after").conditions;
  const before = evaluateAll(hold, cluster, seed);
  const start = cluster.now;
  let during: { at: number; outcome: CheckOutcome } | undefined;
  const stop = before ? () => undefined : cluster.observe(() => {
    if (during) return;
    const outcome = evaluateAll(hold, cluster, seed);
    if (outcome) during = { at: cluster.now - start, outcome };
  });
  return () => {
    stop();
    if (before) return failure(`before your answer was applied: ${before.message}`, before.trace);
    const why = explainRollouts(cluster.objects());
    const more = why ? `. ${why[0]?.toUpperCase() ?? ""}${why.slice(1)}` : "";
    if (during) return failure(`while your answer was applied, ${during.at} s later: ${during.outcome.message.replace(/\.$/, "")}${more}`, during.outcome.trace);
    const end = evaluateAll([...hold, ...after], cluster, seed);
    if (end) return failure(`once your answer had settled: ${end.message}`, end.trace);
    return pass("held before, during and after the change from the starting cluster to your answer");
  };
}

export const faultCheck: ActionType<FaultParams> = { kind: "action", type: "fault", schema: faultSchema, run: runFault, watchAnswer };
