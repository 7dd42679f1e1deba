import "server-only";
import type { AssignedCard, AttemptFact, CardStateFact, ClassLearner, ReviewTally, WeekTally } from "@/lib/classes";
import { isPostgresUrl } from "../database-url";
import * as sqlite from "./class-progress-sql";
import type { ClassScope, MemberVersion } from "./class-progress-sql";
import * as postgres from "./class-progress-sql-postgres";

/** The class analytics' reads, one form per database with the same rows (./class-progress-sql.ts, ./class-progress-sql-postgres.ts). */
export interface ClassProgressReads {
  learners(scope: ClassScope): Promise<ClassLearner[]>;
  assignedCards(classId: string): Promise<AssignedCard[]>;
  assignedScenarioIds(classId: string): Promise<string[]>;
  fittedParameters(scope: ClassScope): Promise<Map<string, string>>;
  reviewTallies(scope: ClassScope, now: Date): Promise<ReviewTally[]>;
  weekTallies(scope: ClassScope, now: Date): Promise<(WeekTally & { userId: string })[]>;
  cardStates(scope: ClassScope): Promise<CardStateFact[]>;
  attempts(scope: ClassScope): Promise<AttemptFact[]>;
  classContext(classId: string): Promise<string>;
  memberVersions(scope: ClassScope): Promise<MemberVersion[]>;
}

/** On the direct SQLite connection (synchronous; wrapped so both forms are called alike). */
export const sqliteClassReads: ClassProgressReads = {
  learners: async (scope) => sqlite.readLearners(scope),
  assignedCards: async (classId) => sqlite.readAssignedCards(classId),
  assignedScenarioIds: async (classId) => sqlite.readAssignedScenarioIds(classId),
  fittedParameters: async (scope) => sqlite.readFittedParameters(scope),
  reviewTallies: async (scope, now) => sqlite.readReviewTallies(scope, now),
  weekTallies: async (scope, now) => sqlite.readWeekTallies(scope, now),
  cardStates: async (scope) => sqlite.readCardStates(scope),
  attempts: async (scope) => sqlite.readAttempts(scope),
  classContext: async (classId) => sqlite.readClassContext(classId),
  memberVersions: async (scope) => sqlite.readMemberVersions(scope),
};

/** On the `pg` pool (../postgres.ts). */
export const postgresClassReads: ClassProgressReads = {
  learners: postgres.readLearnersPg,
  assignedCards: postgres.readAssignedCardsPg,
  assignedScenarioIds: postgres.readAssignedScenarioIdsPg,
  fittedParameters: postgres.readFittedParametersPg,
  reviewTallies: postgres.readReviewTalliesPg,
  weekTallies: postgres.readWeekTalliesPg,
  cardStates: postgres.readCardStatesPg,
  attempts: postgres.readAttemptsPg,
  classContext: postgres.readClassContextPg,
  memberVersions: postgres.readMemberVersionsPg,
};

/** The reads for the database of DATABASE_URL. */
export function classProgressReads(): ClassProgressReads {
  return isPostgresUrl() ? postgresClassReads : sqliteClassReads;
}
