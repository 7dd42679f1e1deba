/** A learner's answer past the limits of lib/scenarios/answer-limits.ts is a 422 naming the file, line and object. */
import { answerLimitProblem } from "@/lib/scenarios/answer-limits";
import { ApiError } from "../api-error";

export { MAX_DOCUMENTS, MAX_REPLICAS_PER_WORKLOAD } from "@/lib/scenarios/answer-limits";

export function checkAnswerLimits(files: readonly { file: string; text: string }[]): void {
  const problem = answerLimitProblem(files);
  if (!problem) return;
  throw new ApiError(422, problem.message, problem.issue ? [problem.issue] : undefined);
}
