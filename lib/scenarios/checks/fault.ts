/**
 * `fault`: something happens to the running cluster on the virtual clock — the answer is applied
 * over the starting objects, each matching pod is deleted in turn, each worker fails or is drained in
 * turn, an image rolls out, a node joins — and conditions must hold before it, at every quiet instant
 * during it, and after the cluster settles. Targets take turns on one cluster (a failed node recovers
 * before the next fails), which keeps grading fast.
 */
import type { Cluster } from "../../cluster/cluster";
import { failure, pass, ClusterView, type ActionContext, type ActionType, type CheckOutcome } from "./check-type";
import { compileConditions, type CompiledCondition } from "./conditions";
import { plan, type Target } from "./fault-plan";
import { faultSchema, type FaultParams } from "./fault-schema";
import { describeQuery, selectPods } from "./pod-query";
import { checkReplacement } from "./replacement";
import { explainRollouts } from "./rollout-context";

export { faultSchema, type FaultParams };

function evaluateAll(conditions: readonly CompiledCondition[], cluster: Cluster, seed: number): CheckOutcome | undefined {
  if (conditions.length === 0) return undefined;
  const view = new ClusterView(cluster, seed);
  for (const c of conditions) {
    const outcome = c.evaluate(view);
    if (!outcome.passed) return outcome;
  }
  return undefined;
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
