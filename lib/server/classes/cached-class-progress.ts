import "server-only";
import { statement } from "../sqlite";
import { loadClassProgress } from "./load-class-progress";

type Progress = ReturnType<typeof loadClassProgress>;

/**
 * What a class's progress is computed from, summed up in one cheap read: the members and their study
 * versions (database triggers bump a learner's on every write of their cards or reviews, whichever
 * process writes; see the study_version migration), the members' attempt count, the assignments, and
 * the cards' last edit. Equal fingerprints mean equal inputs.
 */
function classFingerprint(classId: string): string {
  const row = statement(`
    SELECT (SELECT COUNT(*) || ':' || IFNULL(MAX(m."joinedAt"), '') || ':' || IFNULL(SUM(v."version"), 0)
              FROM "ClassMember" m LEFT JOIN "StudyVersion" v ON v."userId" = m."userId" WHERE m."classId" = @classId) || '|' ||
           (SELECT COUNT(*) FROM "ScenarioAttempt" WHERE "userId" IN (SELECT "userId" FROM "ClassMember" WHERE "classId" = @classId)) || '|' ||
           (SELECT COUNT(*) || ':' || IFNULL(MAX("createdAt"), '') FROM "Assignment" WHERE "classId" = @classId) || '|' ||
           IFNULL((SELECT MAX("updatedAt") FROM "Card"), '') AS fingerprint`).get({ classId }) as { fingerprint: string };
  return row.fingerprint;
}

const MAX_ENTRIES = 100;
const MINUTE_MS = 60_000;
const cache = new Map<string, { key: string; progress: Progress }>();

/**
 * The class's progress, computed again only when its inputs changed or the minute turned (due cards,
 * recall and the 7/30-day windows move with the clock; names and emails are at most a minute old).
 * An instructor reloading the class page, or several instructors of one class, cost one computation.
 */
export function cachedClassProgress(classId: string, now: Date, learnerId: string | null = null): Progress {
  const slot = `${classId}\n${learnerId ?? ""}`;
  const key = `${classFingerprint(classId)}\n${Math.floor(now.getTime() / MINUTE_MS)}`;
  const cached = cache.get(slot);
  if (cached && cached.key === key) return cached.progress;
  const progress = loadClassProgress(classId, now, learnerId);
  cache.delete(slot);
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  cache.set(slot, { key, progress });
  return progress;
}
