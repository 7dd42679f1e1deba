/**
 * Grades a learner's answer: the starting cluster, the answer applied over it (admission errors as
 * the API server gives them), then every check — conditions on the settled cluster, actions on
 * fresh clusters of their own — and a picture of the result. Same scenario, answer and seed → same result.
 */
import type { Cluster } from "../cluster/cluster";
import type { ApiError } from "../cluster/admission";
import type { SettleResult } from "../cluster/runtime/engine";
import { ClusterView, type ActionContext, type CheckOutcome } from "./checks/check-type";
import { compileCheck } from "./checks/registry";
import { applyAnswer, startingCluster } from "./build-cluster";
import { clusterPicture } from "./cluster-picture";
import type { AnswerSource, CheckResult, CheckSpec, ClusterPicture, GradeEvent, GradeResult, Scenario } from "./types";

export interface GradeOptions {
  seed?: number;
  /** Include the cluster picture (default true). */
  picture?: boolean;
  /** Deep-freeze stored objects, so any code that mutates them throws (default false; tests turn it on). */
  freeze?: boolean;
}

function events(cluster: Cluster): GradeEvent[] {
  return cluster.events()
    .filter((e) => !["kube-system", "kube-node-lease"].includes(e.involvedObject.namespace ?? ""))
    .map((e) => ({
      type: e.type, reason: e.reason, object: `${e.involvedObject.kind.toLowerCase()}/${e.involvedObject.name}`,
      ...(e.involvedObject.namespace ? { namespace: e.involvedObject.namespace } : {}), message: e.message, count: e.count,
    }));
}

/** The starting cluster as the learner first sees it (nodes, given pods, Services, Ingress rules). */
export function startingPicture(scenario: Scenario, seed = 1): ClusterPicture {
  const cluster = startingCluster(scenario, seed);
  return clusterPicture(cluster, new ClusterView(cluster, seed));
}

/** Puts an answer onto a cluster that holds the starting objects, and settles it (with the shell's files, for commands). */
export type AnswerApplier = (cluster: Cluster) => { errors: ApiError[]; settle: SettleResult; terminalFile?: (path: string) => string | undefined };

export function gradeScenario(scenario: Scenario, answer: readonly AnswerSource[], options: GradeOptions = {}): GradeResult {
  return gradeApplying(scenario, (cluster) => applyAnswer(cluster, answer), options);
}

/**
 * Grading with any way of reaching the answer (manifests applied, or commands replayed): `apply` runs
 * once on the graded cluster, and again on each fresh cluster an action check asks for.
 */
export function gradeApplying(scenario: Scenario, apply: AnswerApplier, options: GradeOptions = {}): GradeResult {
  const seed = options.seed ?? 1;
  const freeze = options.freeze ?? false;
  const cluster = startingCluster(scenario, seed, freeze);
  const compiled = scenario.checks.map((spec) => ({ spec, compiled: compileCheck(spec.type, spec.params) }));
  const watching = new Map<string, () => CheckOutcome>();
  for (const { spec, compiled: c } of compiled) {
    const finish = c.ok && c.check.kind === "action" ? c.check.watchAnswer?.(cluster, seed) : undefined;
    if (finish) watching.set(spec.id, finish);
  }
  const { errors, settle, terminalFile } = apply(cluster);
  const view = new ClusterView(cluster, seed, terminalFile);
  const results = new Map<string, CheckResult>();
  const record = (spec: CheckSpec, outcome: CheckOutcome): void =>
    void results.set(spec.id, { id: spec.id, title: spec.title, passed: outcome.passed, message: outcome.message, ...(outcome.trace ? { trace: outcome.trace } : {}) });
  for (const { spec, compiled: c } of compiled) {
    const watched = watching.get(spec.id);
    if (!c.ok) record(spec, { passed: false, message: `this check is broken: ${c.errors.join("; ")}` });
    else if (watched) record(spec, watched());
    else if (c.check.kind === "condition") record(spec, c.check.evaluate(view));
  }
  const picture = options.picture === false ? undefined : clusterPicture(cluster, view);
  const recorded = events(cluster);
  const problems = cluster.diagnose();
  // Conditions and the picture are read; the first action may now change the graded cluster itself.
  let spare: Cluster | undefined = cluster;
  const ctx: ActionContext = {
    seed,
    withAnswer: () => {
      const reused = spare;
      spare = undefined;
      if (reused) return reused;
      const c = startingCluster(scenario, seed, freeze);
      apply(c);
      return c;
    },
    withoutAnswer: () => {
      const c = startingCluster(scenario, seed, freeze);
      return { cluster: c, applyAnswer: () => void apply(c) };
    },
  };
  for (const { spec, compiled: c } of compiled) if (c.ok && c.check.kind === "action" && !watching.has(spec.id)) record(spec, c.check.run(ctx));
  const checks = scenario.checks.flatMap((spec) => results.get(spec.id) ?? []);
  return {
    scenario: scenario.id,
    passed: errors.length === 0 && checks.every((c) => c.passed),
    errors,
    checks,
    settled: settle.stable ? { stable: true } : { stable: false, reason: settle.reason ?? "it kept changing" },
    events: recorded,
    ...(picture ? { objects: picture } : {}),
    problems,
  };
}
