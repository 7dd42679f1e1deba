import "server-only";
import { classProgress, type AttemptFact, type CardStateFact, type ClassProgress, type Retrievability, type ReviewTally, type WeekTally } from "@/lib/classes";
import { forgettingCurve } from "@/lib/srs";
import { parseParameters } from "../study/srs-records";
import { classProgressReads, type ClassProgressReads } from "./class-progress-reads";

/** Recall with FSRS-6's default parameters: the heat map's curve for learners who have not fitted their own. */
export const retrievability: Retrievability = forgettingCurve();

/** Curves by parameters JSON: a class's learners with fitted parameters each cost one decay/factor computation. */
const MAX_CURVES = 2000;
const curves = new Map<string, Retrievability>();

/** The forgetting curve of a learner's stored parameters: theirs when they parse (21 numbers), else the default. */
export function retrievabilityFor(parametersJson: string | undefined): Retrievability {
  if (parametersJson === undefined) return retrievability;
  let curve = curves.get(parametersJson);
  if (!curve) {
    const parameters = parseParameters(parametersJson);
    curve = parameters ? forgettingCurve(parameters) : retrievability;
    if (curves.size >= MAX_CURVES) curves.delete(curves.keys().next().value as string);
    curves.set(parametersJson, curve);
  }
  return curve;
}

/** Members' rows the analytics are computed from (all of them: read fresh, or gathered from a cache). */
export interface MembersFacts {
  readonly tallies: readonly ReviewTally[];
  readonly states: readonly CardStateFact[];
  readonly attempts: readonly AttemptFact[];
  readonly weeks: readonly WeekTally[];
  /** Fitted FSRS parameters (JSON) of the members who have them. */
  readonly parameters: ReadonlyMap<string, string>;
}

export type LoadedClassProgress = ClassProgress & { scenarioIds: string[] };

/** The class's progress from members' rows; learners, assigned cards and scenarios are read here (small). */
export async function classProgressFrom(
  classId: string,
  now: Date,
  learnerId: string | null,
  facts: MembersFacts,
  reads: ClassProgressReads = classProgressReads(),
): Promise<LoadedClassProgress> {
  const [scenarioIds, learners, cards] = await Promise.all([reads.assignedScenarioIds(classId), reads.learners({ classId, learnerId }), reads.assignedCards(classId)]);
  const { parameters, ...rows } = facts;
  const progress = classProgress({
    learners,
    cards,
    scenarioIds,
    ...rows,
    now,
    retrievabilityOf: (userId) => retrievabilityFor(parameters.get(userId)),
  });
  return { ...progress, scenarioIds };
}

/**
 * The class's progress (every member, or only `learnerId` for a drill-down), restricted to what is
 * assigned in the class, read fresh. The caller has checked that the user may see the class.
 */
export async function loadClassProgress(classId: string, now: Date, learnerId: string | null = null, reads: ClassProgressReads = classProgressReads()): Promise<LoadedClassProgress> {
  const scope = { classId, learnerId };
  const [tallies, states, attempts, weeks, parameters] = await Promise.all([
    reads.reviewTallies(scope, now),
    reads.cardStates(scope),
    reads.attempts(scope),
    reads.weekTallies(scope, now),
    reads.fittedParameters(scope),
  ]);
  return classProgressFrom(classId, now, learnerId, { tallies, states, attempts, weeks, parameters }, reads);
}
