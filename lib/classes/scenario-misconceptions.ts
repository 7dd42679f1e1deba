/** Per assigned scenario: how many passed, in how many attempts, and which checks the class fails. */
import type { AttemptFact, RankedCheck, ScenarioSummary } from "./types";

/** The median of `values` (the mean of the middle two for an even count); null when empty. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** The message given most often (the earliest such on a tie). */
function commonest(messages: readonly string[]): string {
  const counts = new Map<string, number>();
  let best = messages[0] ?? "";
  for (const message of messages) {
    const count = (counts.get(message) ?? 0) + 1;
    counts.set(message, count);
    if (count > (counts.get(best) ?? 0)) best = message;
  }
  return best;
}

/**
 * Ranks the checks learners failed: `count` is how many learners failed the check at least once,
 * `example` the grader's commonest explanation for it. Ties go to the check id's order.
 */
export function rankFailedChecks(attempts: readonly AttemptFact[]): RankedCheck[] {
  const byCheck = new Map<string, { title: string; learners: Set<string>; messages: string[] }>();
  for (const attempt of attempts) {
    if (attempt.passed) continue;
    for (const failed of attempt.failedChecks) {
      const entry = byCheck.get(failed.id) ?? { title: failed.title, learners: new Set<string>(), messages: [] };
      entry.learners.add(attempt.userId);
      entry.messages.push(failed.message);
      byCheck.set(failed.id, entry);
    }
  }
  return [...byCheck.entries()]
    .map(([check, entry]) => ({ check, title: entry.title, count: entry.learners.size, example: commonest(entry.messages) }))
    .sort((a, b) => b.count - a.count || a.check.localeCompare(b.check));
}

/**
 * One summary per scenario id, in the given order. Attempts of learners outside `members` or of other
 * scenarios are ignored. `medianAttempts` counts attempts up to and including each passer's first pass.
 */
export function scenarioSummaries(scenarioIds: readonly string[], attempts: readonly AttemptFact[], members: ReadonlySet<string>): ScenarioSummary[] {
  return scenarioIds.map((scenarioId) => {
    const mine = attempts
      .filter((attempt) => attempt.scenarioId === scenarioId && members.has(attempt.userId))
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    const byLearner = new Map<string, AttemptFact[]>();
    for (const attempt of mine) {
      const list = byLearner.get(attempt.userId) ?? [];
      list.push(attempt);
      byLearner.set(attempt.userId, list);
    }
    const toPass: number[] = [];
    for (const list of byLearner.values()) {
      const first = list.findIndex((attempt) => attempt.passed);
      if (first >= 0) toPass.push(first + 1);
    }
    const learners = byLearner.size;
    return {
      scenarioId,
      learners,
      passed: toPass.length,
      passRate: learners === 0 ? null : toPass.length / learners,
      medianAttempts: median(toPass),
      failedChecks: rankFailedChecks(mine),
    };
  });
}
