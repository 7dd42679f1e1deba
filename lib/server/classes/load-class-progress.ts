import "server-only";
import { forgetting_curve, generatorParameters } from "ts-fsrs";
import { classProgress, type ClassProgress } from "@/lib/classes";
import { readAssignedCards, readAssignedScenarioIds, readAttempts, readCardStates, readLearners, readReviewTallies, readWeekTallies } from "./class-progress-sql";

/** The class page's heat map reads recall with FSRS-6's default parameters, the same for every learner. */
const DEFAULT_WEIGHTS = generatorParameters().w;
const retrievability = (stability: number, elapsedDays: number) => forgetting_curve(DEFAULT_WEIGHTS, elapsedDays, stability);

/**
 * The class's progress (every member, or only `learnerId` for a drill-down), restricted to what is
 * assigned in the class. The caller has checked that the user may see the class.
 */
export function loadClassProgress(classId: string, now: Date, learnerId: string | null = null): ClassProgress & { scenarioIds: string[] } {
  const scope = { classId, learnerId };
  const scenarioIds = readAssignedScenarioIds(classId);
  const progress = classProgress({
    learners: readLearners(scope),
    cards: readAssignedCards(classId),
    scenarioIds,
    tallies: readReviewTallies(scope, now),
    states: readCardStates(scope),
    attempts: readAttempts(scope),
    weeks: readWeekTallies(scope, now),
    now,
    retrievability,
  });
  return { ...progress, scenarioIds };
}
