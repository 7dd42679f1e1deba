/**
 * What one answer may ask of the grader: grading time grows with the pods an answer asks for (2,000
 * replicas take seconds), and no scenario needs more than a handful. The same limits hold for a
 * learner's answer (a 422 on submit) and for a scenario's own starting objects, reference solutions
 * and known-wrong answers (lint and the authoring API, before anything is graded).
 */
import { readManifests } from "../cluster/admission";

export const MAX_REPLICAS_PER_WORKLOAD = 50;
export const MAX_DOCUMENTS = 100;
/**
 * A scenario's starting objects, all workloads together: every grading of every learner starts by
 * settling them (100 workloads of 50 replicas took a second of CPU each time). Built-in ones use 4.
 */
export const MAX_STARTING_REPLICAS = 100;

export interface AnswerLimitProblem {
  readonly message: string;
  /** The object's field past a limit (absent for the object count): `file:line object field`. */
  readonly issue?: { readonly path: string; readonly message: string };
  /** Where that field is written. */
  readonly file?: string;
  readonly line?: number;
}

function replicasOf(spec: unknown): number | undefined {
  if (typeof spec !== "object" || spec === null || !("replicas" in spec)) return undefined;
  return typeof spec.replicas === "number" ? spec.replicas : undefined;
}

/** The first limit the manifests go past, or undefined when they keep within them. */
export function answerLimitProblem(files: readonly { file: string; text: string }[]): AnswerLimitProblem | undefined {
  const { documents } = readManifests(files);
  if (documents.length > MAX_DOCUMENTS) {
    return { message: `The answer has ${documents.length} objects; scenarios accept at most ${MAX_DOCUMENTS}. Remove what the task does not need.` };
  }
  for (const document of documents) {
    const replicas = replicasOf(document.object.spec);
    if (replicas === undefined || replicas <= MAX_REPLICAS_PER_WORKLOAD) continue;
    const name = `${document.object.kind}/${document.object.metadata.name ?? "?"}`;
    const line = (document.positionOf("spec.replicas") ?? document).line;
    return {
      message: `${document.file}:${line}: ${name} spec.replicas: ${replicas} replicas is more than scenarios allow (${MAX_REPLICAS_PER_WORKLOAD}). No task needs that many: lower it.`,
      issue: { path: `${document.file}:${line} ${name} spec.replicas`, message: `at most ${MAX_REPLICAS_PER_WORKLOAD} replicas` },
      file: document.file,
      line,
    };
  }
  return undefined;
}

/** As answerLimitProblem, and the replicas of all workloads together within MAX_STARTING_REPLICAS. */
export function startingLimitProblem(files: readonly { file: string; text: string }[]): AnswerLimitProblem | undefined {
  const problem = answerLimitProblem(files);
  if (problem) return problem;
  const total = readManifests(files).documents.reduce((sum, document) => sum + (replicasOf(document.object.spec) ?? 0), 0);
  if (total <= MAX_STARTING_REPLICAS) return undefined;
  return { message: `the workloads ask for ${total} replicas in all; a starting cluster may have at most ${MAX_STARTING_REPLICAS}, since every grading settles them first. Lower the replicas the task does not depend on.` };
}
