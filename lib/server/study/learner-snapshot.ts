import "server-only";
import { readCardStates, readStudyVersion, reviewsSince, type StoredCardState } from "./study-sql";

/** A review made today that still counts: which card, and the state the card was in before it. */
export interface TodayReview {
  readonly cardId: string;
  readonly stateBefore: string;
}

/** What a learner's queue is built from besides the cards: their card states and today's reviews. */
export interface LearnerSnapshot {
  readonly states: ReadonlyMap<string, StoredCardState>;
  readonly today: readonly TodayReview[];
}

interface Entry {
  studyVersion: number;
  dayStart: number;
  states: Map<string, StoredCardState>;
  today: TodayReview[];
}

const MAX_LEARNERS = 1000;
const snapshots = new Map<string, Entry>();

/**
 * The learner's card states and today's reviews, kept in memory between answers. The copy is used only
 * while the learner's StudyVersion (bumped by triggers on every write to their CardState and ReviewLog
 * rows, by any connection or process) is the one it was read at; the answers this process records
 * update it in place (`recordInSnapshot`).
 */
export function learnerSnapshot(userId: string, dayStart: Date): LearnerSnapshot {
  const version = readStudyVersion(userId);
  const cached = snapshots.get(userId);
  if (cached && cached.studyVersion === version && cached.dayStart === dayStart.getTime()) return cached;
  const entry: Entry = {
    studyVersion: version,
    dayStart: dayStart.getTime(),
    states: new Map(readCardStates(userId).map((row) => [row.cardId, row])),
    today: reviewsSince(userId, dayStart).map((review) => ({ cardId: review.cardId, stateBefore: review.stateBefore ?? "new" })),
  };
  snapshots.delete(userId);
  if (snapshots.size >= MAX_LEARNERS) snapshots.delete(snapshots.keys().next().value as string);
  snapshots.set(userId, entry);
  return entry;
}

/**
 * Applies an answer this process has just written, inside its transaction: `versionBefore` and
 * `versionAfter` are the learner's StudyVersion read there before and after the writes. A copy that
 * was not current before them is dropped instead.
 */
export function recordInSnapshot(
  userId: string,
  versions: { before: number; after: number },
  state: StoredCardState,
  review: TodayReview & { reviewedAt: Date },
): void {
  const cached = snapshots.get(userId);
  if (!cached) return;
  if (cached.studyVersion !== versions.before) {
    snapshots.delete(userId);
    return;
  }
  cached.studyVersion = versions.after;
  cached.states.set(state.cardId, state);
  if (review.reviewedAt.getTime() >= cached.dayStart) cached.today.push({ cardId: review.cardId, stateBefore: review.stateBefore });
}

