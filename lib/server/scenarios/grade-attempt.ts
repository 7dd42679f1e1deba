import "server-only";
import { failedChecksOf } from "@/lib/classes/failed-checks";
import { gradeScenario, type GradeResult } from "@/lib/scenarios";
import type { Rating } from "@/lib/srs";
import type { AttemptInput } from "@/lib/validations/scenario";
import { db } from "../db";
import { isUniqueViolation } from "../is-unique-violation";
import { recordReview } from "../study/record-review";
import { checkAnswerLimits } from "./answer-limits";
import { getScenarioOrThrow } from "./get-scenario";
import { SCENARIO_DECK_SLUG } from "./sync-scenarios";

/** Same answer, same grade: every grading uses this seed. */
export const GRADING_SEED = 1;

/** Passed without hints → Good, with hints → Hard, failed → Again. */
export function scenarioRating(passed: boolean, hintsUsed: number): Rating {
  if (!passed) return 1;
  return hintsUsed > 0 ? 2 : 3;
}

/**
 * Grades a learner's answer on the server, stores the attempt (once per clientId) and schedules the
 * scenario's next review from the outcome.
 */
export async function gradeAttempt(userId: string, scenarioId: string, input: AttemptInput, now: Date): Promise<{ attemptId: string; result: GradeResult }> {
  const earlier = await db.scenarioAttempt.findUnique({ where: { clientId: input.clientId } });
  if (earlier && earlier.userId === userId && earlier.scenarioId === scenarioId) {
    return { attemptId: earlier.id, result: JSON.parse(earlier.result) as GradeResult };
  }
  const { scenario } = await getScenarioOrThrow(scenarioId);
  checkAnswerLimits(input.files);
  const result = gradeScenario(scenario, input.files, { seed: GRADING_SEED });
  let attemptId: string;
  try {
    const attempt = await db.scenarioAttempt.create({
      data: {
        clientId: input.clientId,
        userId,
        scenarioId,
        answer: JSON.stringify(input.files),
        passed: result.passed,
        hintsUsed: input.hintsUsed,
        result: JSON.stringify(result),
        failedChecks: JSON.stringify(failedChecksOf(result)),
        createdAt: now,
      },
    });
    attemptId = attempt.id;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const again = await db.scenarioAttempt.findUniqueOrThrow({ where: { clientId: input.clientId } });
    return { attemptId: again.id, result: JSON.parse(again.result) as GradeResult };
  }
  const card = await db.card.findFirst({ where: { key: scenarioId, retiredAt: null, deck: { slug: SCENARIO_DECK_SLUG } }, select: { id: true } });
  if (card) {
    await recordReview(userId, { clientId: `scenario:${input.clientId}`, cardId: card.id, rating: scenarioRating(result.passed, input.hintsUsed), durationMs: 0 }, now);
  }
  return { attemptId, result };
}
