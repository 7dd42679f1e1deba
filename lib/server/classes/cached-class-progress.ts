import "server-only";
import { currentMemberFacts } from "./cached-member-facts";
import { classProgressFrom, type LoadedClassProgress } from "./load-class-progress";

const MAX_ENTRIES = 100;
const cache = new Map<string, { key: string; progress: LoadedClassProgress }>();

/**
 * The class's progress, computed again only when its inputs changed or the minute turned (due cards,
 * recall and the 7/30-day windows move with the clock; names and emails are at most a minute old).
 * Members' rows are cached per member (see cached-member-facts), so one member's answer re-reads one
 * member's rows. An instructor reloading the class page, or several instructors of one class, cost one computation.
 */
export async function cachedClassProgress(classId: string, now: Date, learnerId: string | null = null): Promise<LoadedClassProgress> {
  const slot = `${classId}\n${learnerId ?? ""}`;
  const { fingerprint, facts } = await currentMemberFacts(classId, now, learnerId);
  const cached = cache.get(slot);
  if (cached && cached.key === fingerprint) return cached.progress;
  const progress = await classProgressFrom(classId, now, learnerId, facts());
  cache.delete(slot);
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  cache.set(slot, { key: fingerprint, progress });
  return progress;
}
