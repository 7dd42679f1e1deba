import "server-only";
import { failedChecksOf } from "@/lib/classes/failed-checks";
import type { ScenarioKind } from "@/lib/scenarios";
import { attemptRating } from "@/lib/scenarios/attempt-rating";
import type { AttemptInput } from "@/lib/validations/scenario";
import { ApiError } from "../api-error";
import { db } from "../db";
import type { AttemptGrade } from "../budget/budget-tasks";
import { runWithinBudget } from "../budget/run-within-budget";
import { isUniqueViolation } from "../is-unique-violation";
import { recordReview } from "../study/record-review";
import { getScenarioOrThrow } from "./get-scenario";
import { hintsShown, resetHints } from "./reveal-hints";
import { SCENARIO_DECK_SLUG } from "./sync-scenarios";

/** Grading within the answer limits settles in well under a second; this stops what would not. */
const GRADING_BUDGET = { ms: 5_000, what: "Submit fewer or smaller objects, or fewer commands: the task needs only a handful." };

/** Same answer, same grade: every grading uses this seed. */
export const GRADING_SEED = 1;

interface StoredAttempt {
  readonly id: string;
  readonly userId: string;
  readonly scenarioId: string;
  readonly result: string;
  readonly hintsUsed: number;
}

/** A review's duration is capped at an hour (lib/validations/review.ts); a longer attempt counts as an hour. */
const MAX_REVIEW_DURATION_MS = 3_600_000;

/**
 * A manifest scenario needs manifests or commands to grade; a command task may be submitted with
 * neither (the untouched starting cluster is graded, and fails).
 */
function requireSomethingToGrade(kind: ScenarioKind, files: number, commands: number): void {
  if (kind === "commands" || files > 0 || commands > 0) return;
  throw new ApiError(422, "Submit at least one file of manifests (or the commands you ran at the terminal).", [{ path: "files", message: "Submit at least one file of manifests." }]);
}

/**
 * An attempt's idempotency key is (user, clientId) for one scenario: the same submission sent again
 * answers with its stored grade; a clientId already used by another learner or for another scenario
 * is a 409 that says nothing about that attempt (not whose it is, not for which scenario, not its grade).
 */
function replayOf(stored: StoredAttempt, userId: string, scenarioId: string): { attemptId: string; result: AttemptGrade; hintsUsed: number } {
  if (stored.userId !== userId || stored.scenarioId !== scenarioId) {
    throw new ApiError(409, "This clientId was already used for another submission. Send each submission with a new clientId (reload the page and submit again).");
  }
  return { attemptId: stored.id, result: JSON.parse(stored.result) as AttemptGrade, hintsUsed: stored.hintsUsed };
}

/**
 * Grades a learner's answer on the server, stores the attempt (once per clientId) and schedules the
 * scenario's next review from the outcome.
 */
export async function gradeAttempt(userId: string, scenarioId: string, input: AttemptInput, now: Date): Promise<{ attemptId: string; result: AttemptGrade; hintsUsed: number }> {
  const earlier = await db.scenarioAttempt.findUnique({ where: { clientId: input.clientId } });
  if (earlier) return replayOf(earlier, userId, scenarioId);
  const { row, scenario } = await getScenarioOrThrow(scenarioId, userId);
  const commands = input.commands ?? [];
  requireSomethingToGrade(scenario.kind, input.files.length, commands.length);
  const source = { scenarioSource: row.sourceText, scenarioPath: row.sourcePath ?? `${row.id}.md` };
  const result = await runWithinBudget("gradeAnswer", { ...source, files: input.files, commands, seed: GRADING_SEED }, GRADING_BUDGET);
  // Hints revealed before a reload count too: the page's count and the stored one, whichever is more.
  const hintsUsed = Math.max(input.hintsUsed, await hintsShown(userId, scenarioId));
  let attemptId: string;
  try {
    const attempt = await db.scenarioAttempt.create({
      data: {
        clientId: input.clientId,
        userId,
        scenarioId,
        answer: JSON.stringify(input.files),
        commands: commands.length > 0 ? JSON.stringify(commands) : null,
        elapsedMs: input.elapsedMs ?? null,
        passed: result.passed,
        hintsUsed,
        result: JSON.stringify(result),
        failedChecks: JSON.stringify(failedChecksOf(result)),
        createdAt: now,
      },
    });
    attemptId = attempt.id;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return replayOf(await db.scenarioAttempt.findUniqueOrThrow({ where: { clientId: input.clientId } }), userId, scenarioId);
  }
  const card = await db.card.findFirst({ where: { key: scenarioId, retiredAt: null, deck: { slug: SCENARIO_DECK_SLUG } }, select: { id: true } });
  if (card) {
    const rating = attemptRating({ passed: result.passed, hintsUsed, elapsedMs: input.elapsedMs, timeLimitSeconds: scenario.timeLimitSeconds });
    await recordReview(userId, { clientId: `scenario:${input.clientId}`, cardId: card.id, rating, durationMs: Math.min(input.elapsedMs ?? 0, MAX_REVIEW_DURATION_MS) }, now);
  }
  if (result.passed) await resetHints(userId, scenarioId);
  return { attemptId, result, hintsUsed };
}
