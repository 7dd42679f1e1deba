/**
 * How much a scenario may ask of the grader when it is saved or linted: every reference solution and
 * known-wrong answer is graded on a starting cluster of its own, and each action check replays the
 * answer on fresh clusters, so their numbers multiply. The built-in scenarios use at most 3
 * solutions, 5 wrong answers and 6 checks.
 */
import type { Report } from "./parse-blocks";

export const MAX_CHECKS = 30;
export const MAX_SOLUTIONS = 10;
export const MAX_WRONG_ANSWERS = 20;

interface Counted {
  readonly line: number;
}

/** Reports, at the first one over, each kind of part the scenario has more of than allowed. */
export function reportOverLimits(parts: { checks: readonly Counted[]; solutions: readonly Counted[]; wrongAnswers: readonly Counted[] }, report: Report): void {
  const over = (items: readonly Counted[], limit: number, what: string, how: string): void => {
    const first = items[limit];
    if (first) report(first.line, `${items.length} ${what}: a scenario may have at most ${limit} (each is graded on a cluster of its own when the scenario is saved). ${how}`);
  };
  over(parts.checks, MAX_CHECKS, "checks", "Merge checks that test the same thing.");
  over(parts.solutions, MAX_SOLUTIONS, "reference solutions", "Keep the ones that teach something different.");
  over(parts.wrongAnswers, MAX_WRONG_ANSWERS, "known-wrong answers", "Keep the mistakes learners really make.");
}
