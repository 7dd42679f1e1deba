import "server-only";
import type { AttemptFact, CardStateFact, ReviewTally, WeekTally } from "@/lib/classes";
import type { ClassScope, MemberVersion } from "./class-progress-sql";
import { classProgressReads } from "./class-progress-reads";
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

/** Members' fitted FSRS parameters (JSON) by user id; members on the defaults are absent. */
function fittedParameters(versions: readonly MemberVersion[]): Map<string, string> {
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
async function readFor<T extends { userId: string }>(classId: string, userIds: readonly string[], read: (scope: ClassScope) => Promise<T[]>): Promise<Map<string, T[]>> {
  if (userIds.length >= BULK_READ_FROM) return byUser(await read({ classId, learnerId: null }));
  return new Map(await Promise.all(userIds.map(async (userId) => [userId, await read({ classId, learnerId: userId })] as const)));
}

/**
 * The members' rows for the class's progress, re-read only for members whose data changed since they
 * were cached (and, for the 7/30-day and weekly counts, when the minute turned), plus a fingerprint
 * that is equal exactly when every input is. Versions are read before rows, so a write landing in
 * between leaves a cached version older than its rows: re-read next time, never served stale. The
 * reads are awaited (PostgreSQL), so another request may update the cache meanwhile: this one builds
 * its answer from the members' entries as they were when it read the versions, plus its own reads.
 */
export async function currentMemberFacts(classId: string, now: Date, learnerId: string | null): Promise<{ fingerprint: string; facts: () => MembersFacts }> {
  const reads = classProgressReads();
  const context = await reads.classContext(classId);
  let entry = classes.get(classId);
  if (!entry || entry.context !== context) entry = { context, members: new Map() };
  classes.delete(classId);
  if (classes.size >= MAX_CLASSES) classes.delete(classes.keys().next().value as string);
  classes.set(classId, entry);
  const minute = Math.floor(now.getTime() / MINUTE_MS);
  const versions = await reads.memberVersions({ classId, learnerId });
  const before = new Map(versions.map(([userId]) => [userId, entry.members.get(userId)]));
  const changed = versions.filter(([userId, version]) => before.get(userId)?.version !== version).map(([userId]) => userId);
  const aged = versions.filter(([userId, version]) => {
    const cached = before.get(userId);
    return cached?.version === version && cached.minute !== minute;
  }).map(([userId]) => userId);
  const recounted = new Set([...changed, ...aged]);
  const [tallies, weeks, states, attempts] = await Promise.all([
    readFor(classId, [...recounted], (scope) => reads.reviewTallies(scope, now)),
    readFor(classId, [...recounted], (scope) => reads.weekTallies(scope, now)),
    readFor(classId, changed, reads.cardStates),
    readFor(classId, changed, reads.attempts),
  ]);
  const members = new Map<string, MemberFacts>();
  for (const [userId, version] of versions) {
    const cached = before.get(userId);
    if (cached && !recounted.has(userId)) {
      members.set(userId, cached);
      continue;
    }
    const fresh: MemberFacts = {
      version,
      minute,
      states: cached && cached.version === version ? cached.states : (states.get(userId) ?? []),
      attempts: cached && cached.version === version ? cached.attempts : (attempts.get(userId) ?? []),
      tallies: tallies.get(userId) ?? [],
      weeks: weeks.get(userId) ?? [],
    };
    members.set(userId, fresh);
    entry.members.set(userId, fresh);
  }
  if (learnerId === null) for (const userId of entry.members.keys()) if (!members.has(userId)) entry.members.delete(userId);
  return {
    // Parameters only for the members who have fitted ones (few), so the fingerprint stays short.
    fingerprint: `${context}\n${minute}\n${versions.map(([userId, version, parameters]) => `${userId}=${version}${parameters === null ? "" : `@${parameters}`}`).join(",")}`,
    facts: () => {
      const list = [...members.values()];
      return {
        parameters: fittedParameters(versions),
        tallies: list.flatMap((member) => member.tallies),
        states: list.flatMap((member) => member.states),
        attempts: list.flatMap((member) => member.attempts),
        weeks: list.flatMap((member) => member.weeks),
      };
    },
  };
}
