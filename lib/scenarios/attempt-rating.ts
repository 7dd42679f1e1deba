/**
 * How a scenario attempt schedules the scenario's next review (FSRS): failed → Again; passed with
 * hints, or slower than the task's time limit → Hard; passed on its own in time → Good. Easy is never
 * given: a pass says the learner can do it, not that it was too easy to be worth practising.
 */
import type { Rating } from "../srs/types";

export interface AttemptOutcome {
  readonly passed: boolean;
  readonly hintsUsed: number;
  /** Time taken as the page counted it; absent when the page did not send it. */
  readonly elapsedMs?: number;
  /** The task's time limit (command tasks, front matter `time:`); absent when it has none. */
  readonly timeLimitSeconds?: number;
}

export function isOverTime(elapsedMs: number | undefined, timeLimitSeconds: number | undefined): boolean {
  return elapsedMs !== undefined && timeLimitSeconds !== undefined && elapsedMs > timeLimitSeconds * 1000;
}

export function attemptRating(outcome: AttemptOutcome): Rating {
  if (!outcome.passed) return 1;
  if (outcome.hintsUsed > 0 || isOverTime(outcome.elapsedMs, outcome.timeLimitSeconds)) return 2;
  return 3;
}
