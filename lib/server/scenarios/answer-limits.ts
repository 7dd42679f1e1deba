/**
 * Keeps one submission from tying up the server: grading time grows with the pods an answer asks
 * for (2,000 replicas take seconds), and no scenario needs more than a handful.
 */
import { readManifests } from "@/lib/cluster/admission";
import { ApiError } from "../api-error";

export const MAX_REPLICAS_PER_WORKLOAD = 50;
export const MAX_DOCUMENTS = 100;

function replicasOf(spec: unknown): number | undefined {
  if (typeof spec !== "object" || spec === null || !("replicas" in spec)) return undefined;
  return typeof spec.replicas === "number" ? spec.replicas : undefined;
}

/** Throws a 422 naming the file, line and object when an answer asks for more than scenarios allow. */
export function checkAnswerLimits(files: readonly { file: string; text: string }[]): void {
  const { documents } = readManifests(files);
  if (documents.length > MAX_DOCUMENTS) {
    throw new ApiError(422, `The answer has ${documents.length} objects; scenarios accept at most ${MAX_DOCUMENTS}. Remove what the task does not need.`);
  }
  for (const document of documents) {
    const replicas = replicasOf(document.object.spec);
    if (replicas !== undefined && replicas > MAX_REPLICAS_PER_WORKLOAD) {
      const name = `${document.object.kind}/${document.object.metadata.name ?? "?"}`;
      const where = document.positionOf("spec.replicas") ?? document;
      const path = "spec.replicas";
      throw new ApiError(422, `${document.file}:${where.line}: ${name} ${path}: ${replicas} replicas is more than scenarios allow (${MAX_REPLICAS_PER_WORKLOAD}). No task needs that many: lower it.`, [
        { path: `${document.file}:${where.line} ${name} ${path}`, message: `at most ${MAX_REPLICAS_PER_WORKLOAD} replicas` },
      ]);
    }
  }
}
