import "server-only";
import { computeDecayFactor, generatorParameters, roundTo } from "ts-fsrs";
import { classProgress, type AttemptFact, type CardStateFact, type ClassProgress, type ReviewTally, type WeekTally } from "@/lib/classes";
import { readAssignedCards, readAssignedScenarioIds, readAttempts, readCardStates, readLearners, readReviewTallies, readWeekTallies } from "./class-progress-sql";

/**
 * The class page's heat map reads recall with FSRS-6's default parameters, the same for every learner:
 * ts-fsrs's forgetting_curve with its decay and factor worked out once, not once per card state (a
 * class has tens of thousands).
 */
const { decay: DECAY, factor: FACTOR } = computeDecayFactor(generatorParameters().w);
export const retrievability = (stability: number, elapsedDays: number) => roundTo(Math.pow(1 + (FACTOR * elapsedDays) / stability, DECAY), 8);

/** Members' rows the analytics are computed from (all of them: read fresh, or gathered from a cache). */
export interface MembersFacts {
  readonly tallies: readonly ReviewTally[];
  readonly states: readonly CardStateFact[];
  readonly attempts: readonly AttemptFact[];
  readonly weeks: readonly WeekTally[];
}

export type LoadedClassProgress = ClassProgress & { scenarioIds: string[] };

/** The class's progress from members' rows; learners, assigned cards and scenarios are read here (small). */
export function classProgressFrom(classId: string, now: Date, learnerId: string | null, facts: MembersFacts): LoadedClassProgress {
  const scenarioIds = readAssignedScenarioIds(classId);
  const progress = classProgress({
    learners: readLearners({ classId, learnerId }),
    cards: readAssignedCards(classId),
    scenarioIds,
    ...facts,
    now,
    retrievability,
  });
  return { ...progress, scenarioIds };
}

/**
 * The class's progress (every member, or only `learnerId` for a drill-down), restricted to what is
 * assigned in the class, read fresh. The caller has checked that the user may see the class.
 */
export function loadClassProgress(classId: string, now: Date, learnerId: string | null = null): LoadedClassProgress {
  const scope = { classId, learnerId };
  return classProgressFrom(classId, now, learnerId, {
    tallies: readReviewTallies(scope, now),
    states: readCardStates(scope),
    attempts: readAttempts(scope),
    weeks: readWeekTallies(scope, now),
  });
}
