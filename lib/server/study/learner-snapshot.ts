import "server-only";
import { dataVersion } from "../sqlite";
import { readCardStates, reviewsSince, type StoredCardState } from "./study-sql";

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
  dataVersion: number;
  dayStart: number;
  states: Map<string, StoredCardState>;
  today: TodayReview[];
}

const MAX_LEARNERS = 1000;
const snapshots = new Map<string, Entry>();

/**
 * The learner's card states and today's reviews, kept in memory between answers. The copy is used only
 * while SQLite's data_version shows no other connection wrote since it was read (an undo, a card action,
 * another process); the answers this connection records update it in place (`recordInSnapshot`).
 */
export function learnerSnapshot(userId: string, dayStart: Date): LearnerSnapshot {
  const version = dataVersion();
  const cached = snapshots.get(userId);
  if (cached && cached.dataVersion === version && cached.dayStart === dayStart.getTime()) return cached;
  const entry: Entry = {
    dataVersion: version,
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
 * Applies an answer this connection has just written, inside its transaction (`versionAtStart` is the
 * data_version read there, before the writes). A copy older than that is dropped instead.
 */
export function recordInSnapshot(userId: string, versionAtStart: number, state: StoredCardState, review: TodayReview & { reviewedAt: Date }): void {
  const cached = snapshots.get(userId);
  if (!cached) return;
  if (cached.dataVersion !== versionAtStart) {
    snapshots.delete(userId);
    return;
  }
  cached.states.set(state.cardId, state);
  if (review.reviewedAt.getTime() >= cached.dayStart) cached.today.push({ cardId: review.cardId, stateBefore: review.stateBefore });
}

/** Forgets the learner's copy (after a write whose effect is not applied in place). */
export function forgetSnapshot(userId: string): void {
  snapshots.delete(userId);
}
