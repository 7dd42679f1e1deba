/** Everything the instructor's class page shows, from rows bounded by the class. */
import { hardestCards } from "./hardest-cards";
import { learnerProgress, type LearnerProgressInput } from "./learner-progress";
import { masteryHeatmap, type MasteryHeatmap, type RetrievabilityOf } from "./mastery-heatmap";
import { scenarioSummaries } from "./scenario-misconceptions";
import type { HardCard, LearnerProgress, ScenarioSummary } from "./types";
import { weeklyTrend, type TrendWeek, type WeekTally } from "./weekly-trend";

export interface ClassProgressInput extends LearnerProgressInput {
  readonly weeks: readonly WeekTally[];
  readonly retrievabilityOf: RetrievabilityOf;
}

export interface ClassProgress {
  readonly learners: readonly LearnerProgress[];
  readonly cards: readonly HardCard[];
  readonly scenarios: readonly ScenarioSummary[];
  readonly heatmap: MasteryHeatmap;
  readonly trend: readonly TrendWeek[];
}

/** The first passing attempt of each learner on each scenario (for the weekly trend). */
function firstPasses(input: ClassProgressInput, members: ReadonlySet<string>): Date[] {
  const first = new Map<string, number>();
  for (const attempt of input.attempts) {
    if (!attempt.passed || !members.has(attempt.userId)) continue;
    const key = `${attempt.userId}\n${attempt.scenarioId}`;
    first.set(key, Math.min(first.get(key) ?? Infinity, attempt.createdAt.getTime()));
  }
  return [...first.values()].map((ms) => new Date(ms));
}

export function classProgress(input: ClassProgressInput): ClassProgress {
  const members = new Set(input.learners.map((learner) => learner.userId));
  const scenarioSet = new Set(input.scenarioIds);
  const attempts = input.attempts.filter((attempt) => scenarioSet.has(attempt.scenarioId));
  return {
    learners: learnerProgress(input),
    cards: hardestCards(input.cards, input.tallies, input.states, members),
    scenarios: scenarioSummaries(input.scenarioIds, attempts, members),
    heatmap: masteryHeatmap([...members], input.cards, input.states, input.now, input.retrievabilityOf),
    trend: weeklyTrend(input.weeks, firstPasses({ ...input, attempts }, members), input.now),
  };
}
