/**
 * The scenario's starting cluster (its nodes and given objects, settled), and the learner's answer
 * applied over it as `kubectl apply` would: files in name order, each given object re-declared whole.
 */
import { createCluster, type Cluster } from "../cluster/cluster";
import type { ApiError } from "../cluster/admission";
import type { SettleResult } from "../cluster/runtime/engine";
import type { AnswerSource, ManifestBlock, Scenario } from "./types";

/** Thrown when a scenario's own given objects are rejected: an authoring bug, not the learner's. */
export class ScenarioSetupError extends Error {
  constructor(readonly scenarioId: string, readonly errors: readonly ApiError[]) {
    super(`scenario ${scenarioId}: its starting objects are rejected: ${errors.map((e) => `${e.file}:${e.line}: ${e.object}: ${e.path ? `${e.path}: ` : ""}${e.message}`).join("; ")}`);
    this.name = "ScenarioSetupError";
  }
}

/** Settles the cluster: crash loops settle in CrashLoopBackOff, so nothing needs to run on after. */
export function settleCluster(cluster: Cluster): SettleResult {
  return cluster.settle();
}

export function sortedAnswer(answer: readonly AnswerSource[]): AnswerSource[] {
  return [...answer].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** The fenced blocks as files; line numbers of errors then count from the block's first line. */
const asSources = (blocks: readonly ManifestBlock[]): AnswerSource[] => blocks.map((b) => ({ file: b.file, text: b.text }));

/**
 * Stored objects are deep-frozen only on request (tests): nothing here mutates them, and freezing
 * costs about a third of the grading time.
 */
export function startingCluster(scenario: Pick<Scenario, "id" | "cluster">, seed: number, freeze = false): Cluster {
  const cluster = createCluster({ nodes: scenario.cluster.nodes, seed, freeze });
  if (scenario.cluster.given.length > 0) {
    const { errors } = cluster.apply(asSources(scenario.cluster.given));
    if (errors.length > 0) throw new ScenarioSetupError(scenario.id, errors);
    settleCluster(cluster);
  }
  return cluster;
}

export function applyAnswer(cluster: Cluster, answer: readonly AnswerSource[]): { errors: ApiError[]; settle: SettleResult } {
  const { errors } = cluster.apply(sortedAnswer(answer));
  return { errors, settle: settleCluster(cluster) };
}
