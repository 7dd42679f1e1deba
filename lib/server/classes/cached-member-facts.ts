import "server-only";
import type { AttemptFact, CardStateFact, ReviewTally, WeekTally } from "@/lib/classes";
import { statement } from "../sqlite";
import { readAttempts, readCardStates, readReviewTallies, readWeekTallies, type ClassScope } from "./class-progress-sql";
import type { MembersFacts } from "./load-class-progress";

/** One member's rows, valid while their version is unchanged (tallies also only within `minute`). */
interface MemberFacts {
  version: string;
  minute: number;
  states: CardStateFact[];
  attempts: AttemptFact[];
  tallies: ReviewTally[];
  weeks: WeekTally[];
}

const MINUTE_MS = 60_000;
/** Classes kept (least recently read dropped first); a class of 300 keeps some 10 MB of rows. */
const MAX_CLASSES = 20;
/** Above this many changed members, one class-wide read per kind is cheaper than one read per member. */
const BULK_READ_FROM = 16;
const classes = new Map<string, { context: string; members: Map<string, MemberFacts> }>();

/** What every member's rows (and the topics, from cards and deck titles) depend on: the class's assignments and the last edit of a card or deck. */
function classContext(classId: string): string {
  const row = statement(`
    SELECT (SELECT COUNT(*) || ':' || IFNULL(MAX("createdAt"), '') || ':' || IFNULL(group_concat("id"), '') FROM "Assignment" WHERE "classId" = @classId) || '|' ||
           IFNULL((SELECT MAX("updatedAt") FROM "Card"), '') || '|' || IFNULL((SELECT MAX("updatedAt") FROM "Deck"), '') AS context`).get({ classId }) as { context: string };
  return row.context;
}

/**
 * Each member's version, read from the database on every request (so a write by any process is seen):
 * their StudyVersion (SQLite triggers bump it on every CardState and ReviewLog write) and their
 * attempts' count and last rowid; beside it, their fitted FSRS parameters (the heat map's curve).
 */
function memberVersions(scope: ClassScope): [userId: string, version: string, parameters: string | null][] {
  return statement(`
    SELECT m."userId", IFNULL(v."version", 0) || ':' || (SELECT COUNT(*) || ':' || IFNULL(MAX(a.rowid), 0) FROM "ScenarioAttempt" a WHERE a."userId" = m."userId"),
           s."fsrsParameters"
    FROM "ClassMember" m LEFT JOIN "StudyVersion" v ON v."userId" = m."userId" LEFT JOIN "StudySettings" s ON s."userId" = m."userId"
    WHERE m."classId" = @classId AND (@learnerId IS NULL OR m."userId" = @learnerId) ORDER BY m."userId"`)
    .raw(true)
    .all(scope) as [string, string, string | null][];
}

/** Members' fitted FSRS parameters (JSON) by user id; members on the defaults are absent. */
function fittedParameters(versions: readonly [userId: string, version: string, parameters: string | null][]): Map<string, string> {
  return new Map(versions.flatMap(([userId, , parameters]) => (parameters === null ? [] : [[userId, parameters] as const])));
}

function byUser<T extends { userId: string }>(rows: readonly T[]): Map<string, T[]> {
  const grouped = new Map<string, T[]>();
  for (const row of rows) {
    const list = grouped.get(row.userId);
    if (list) list.push(row);
    else grouped.set(row.userId, [row]);
  }
  return grouped;
}

/** `read` for each of `userIds`: one class-wide read split by member when many, else one read per member. */
function readFor<T extends { userId: string }>(classId: string, userIds: readonly string[], read: (scope: ClassScope) => T[]): Map<string, T[]> {
  if (userIds.length >= BULK_READ_FROM) return byUser(read({ classId, learnerId: null }));
  return new Map(userIds.map((userId) => [userId, read({ classId, learnerId: userId })]));
}

/**
 * The members' rows for the class's progress, re-read only for members whose data changed since they
 * were cached (and, for the 7/30-day and weekly counts, when the minute turned), plus a fingerprint
 * that is equal exactly when every input is. Versions are read before rows, so a write landing in
 * between leaves a cached version older than its rows: re-read next time, never served stale.
 */
export function currentMemberFacts(classId: string, now: Date, learnerId: string | null): { fingerprint: string; facts: () => MembersFacts } {
  const context = classContext(classId);
  let entry = classes.get(classId);
  if (!entry || entry.context !== context) entry = { context, members: new Map() };
  classes.delete(classId);
  if (classes.size >= MAX_CLASSES) classes.delete(classes.keys().next().value as string);
  classes.set(classId, entry);
  const minute = Math.floor(now.getTime() / MINUTE_MS);
  const versions = memberVersions({ classId, learnerId });
  const changed = versions.filter(([userId, version]) => entry.members.get(userId)?.version !== version).map(([userId]) => userId);
  const aged = versions.filter(([userId, version]) => {
    const cached = entry.members.get(userId);
    return cached?.version === version && cached.minute !== minute;
  }).map(([userId]) => userId);
  const recounted = new Set([...changed, ...aged]);
  const tallies = readFor(classId, [...recounted], (scope) => readReviewTallies(scope, now));
  const weeks = readFor(classId, [...recounted], (scope) => readWeekTallies(scope, now));
  const states = readFor(classId, changed, readCardStates);
  const attempts = readFor(classId, changed, readAttempts);
  for (const [userId, version] of versions) {
    const cached = entry.members.get(userId);
    if (cached && !recounted.has(userId)) continue;
    entry.members.set(userId, {
      version,
      minute,
      states: cached && cached.version === version ? cached.states : (states.get(userId) ?? []),
      attempts: cached && cached.version === version ? cached.attempts : (attempts.get(userId) ?? []),
      tallies: tallies.get(userId) ?? [],
      weeks: weeks.get(userId) ?? [],
    });
  }
  const current = new Set(versions.map(([userId]) => userId));
  if (learnerId === null) for (const userId of entry.members.keys()) if (!current.has(userId)) entry.members.delete(userId);
  const members = versions.map(([userId]) => entry.members.get(userId) as MemberFacts);
  return {
    // Parameters only for the members who have fitted ones (few), so the fingerprint stays short.
    fingerprint: `${context}\n${minute}\n${versions.map(([userId, version, parameters]) => `${userId}=${version}${parameters === null ? "" : `@${parameters}`}`).join(",")}`,
    facts: () => ({
      parameters: fittedParameters(versions),
      tallies: members.flatMap((member) => member.tallies),
      states: members.flatMap((member) => member.states),
      attempts: members.flatMap((member) => member.attempts),
      weeks: members.flatMap((member) => member.weeks),
    }),
  };
}
