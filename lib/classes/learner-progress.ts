/** Per-learner rows of a class's progress: activity, retention, assigned cards and scenarios. */
import type { AssignedCard, AttemptFact, CardStateFact, ClassLearner, LearnerProgress, LearnerScenarioStatus, ReviewTally } from "./types";

/** Under this many review-state answers in 30 days, retention is too noisy to show (null). */
export const MIN_RETENTION_REVIEWS = 10;

export interface LearnerProgressInput {
  readonly learners: readonly ClassLearner[];
  readonly cards: readonly AssignedCard[];
  readonly scenarioIds: readonly string[];
  readonly tallies: readonly ReviewTally[];
  readonly states: readonly CardStateFact[];
  readonly attempts: readonly AttemptFact[];
  readonly now: Date;
}

interface Sums {
  reviews7d: number;
  reviews30d: number;
  retentionReviews: number;
  retentionPassed: number;
  introduced: number;
  dueNow: number;
  lastActive: number;
}

function emptySums(): Sums {
  return { reviews7d: 0, reviews30d: 0, retentionReviews: 0, retentionPassed: 0, introduced: 0, dueNow: 0, lastActive: -Infinity };
}

/** One learner's status on one scenario from their attempts (oldest first or in any order). */
export function scenarioStatus(scenarioId: string, attempts: readonly AttemptFact[]): LearnerScenarioStatus {
  const passed = attempts.some((attempt) => attempt.passed);
  const hintsUsed = attempts.reduce((most, attempt) => Math.max(most, attempt.hintsUsed), 0);
  return { scenarioId, passed, status: passed ? "passed" : attempts.length > 0 ? "failing" : "not-tried", attempts: attempts.length, hintsUsed };
}

/**
 * One row per learner, in the learners' order. Only assigned content counts: tallies, states and
 * attempts of other cards or scenarios are ignored, so nothing outside the class's assignments shows.
 */
export function learnerProgress(input: LearnerProgressInput): LearnerProgress[] {
  const assigned = new Set(input.cards.map((card) => card.cardId));
  const scenarioSet = new Set(input.scenarioIds);
  const sums = new Map(input.learners.map((learner) => [learner.userId, emptySums()]));
  for (const tally of input.tallies) {
    const sum = sums.get(tally.userId);
    if (!sum || !assigned.has(tally.cardId)) continue;
    sum.reviews7d += tally.reviews7d;
    sum.reviews30d += tally.reviews30d;
    sum.retentionReviews += tally.retentionReviews30d;
    sum.retentionPassed += tally.retentionPassed30d;
  }
  const nowMs = input.now.getTime();
  for (const state of input.states) {
    const sum = sums.get(state.userId);
    if (!sum || !assigned.has(state.cardId) || state.state === "new") continue;
    sum.introduced += 1;
    if (!state.suspended && state.due <= nowMs) sum.dueNow += 1;
    if (state.lastReview !== null) sum.lastActive = Math.max(sum.lastActive, state.lastReview);
  }
  const attemptsOf = new Map<string, AttemptFact[]>();
  for (const attempt of input.attempts) {
    const sum = sums.get(attempt.userId);
    if (!sum || !scenarioSet.has(attempt.scenarioId)) continue;
    sum.lastActive = Math.max(sum.lastActive, attempt.createdAt.getTime());
    const key = `${attempt.userId}\n${attempt.scenarioId}`;
    const list = attemptsOf.get(key) ?? [];
    list.push(attempt);
    attemptsOf.set(key, list);
  }
  return input.learners.map((learner) => {
    const sum = sums.get(learner.userId) ?? emptySums();
    return {
      userId: learner.userId,
      name: learner.name,
      email: learner.email,
      lastActiveAt: Number.isFinite(sum.lastActive) ? new Date(sum.lastActive).toISOString() : null,
      reviews7d: sum.reviews7d,
      reviews30d: sum.reviews30d,
      retention30d: sum.retentionReviews >= MIN_RETENTION_REVIEWS ? sum.retentionPassed / sum.retentionReviews : null,
      cardsIntroduced: sum.introduced,
      cardsAssigned: assigned.size,
      dueNow: sum.dueNow,
      scenarios: input.scenarioIds.map((scenarioId) => scenarioStatus(scenarioId, attemptsOf.get(`${learner.userId}\n${scenarioId}`) ?? [])),
    };
  });
}
