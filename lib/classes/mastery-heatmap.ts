/** Learners × topics: how much of each assigned topic each learner would recall now. */
import type { AssignedCard, CardStateFact } from "./types";

export interface HeatmapCell {
  /** Mean retrievability of the learner's introduced cards of the topic (0–1); null when none is introduced. */
  readonly mastery: number | null;
  /** Introduced cards the mean rests on. */
  readonly cards: number;
}

export interface MasteryHeatmap {
  readonly topics: readonly string[];
  /** One row per learner id, one cell per topic in `topics` order. */
  readonly rows: readonly { readonly userId: string; readonly cells: readonly HeatmapCell[] }[];
}

/** Probability of recall `elapsedDays` after the last review of a card with `stability` (FSRS's forgetting curve). */
export type Retrievability = (stability: number, elapsedDays: number) => number;
/** Each learner's forgetting curve: their own fitted FSRS parameters', or the default one. */
export type RetrievabilityOf = (userId: string) => Retrievability;

const DAY_MS = 86_400_000;

/**
 * The mean FSRS retrievability of each topic's introduced cards, per learner. New cards are not
 * counted (the topic shows null until one is introduced), so a learner who has not started is blank,
 * not red. Topics are sorted by name. Each learner's recall is read with their own curve
 * (`retrievabilityOf`), so a learner whose schedule is fitted to their reviews is read as it schedules them.
 */
export function masteryHeatmap(
  userIds: readonly string[],
  cards: readonly AssignedCard[],
  states: readonly CardStateFact[],
  now: Date,
  retrievabilityOf: RetrievabilityOf,
): MasteryHeatmap {
  const topicOf = new Map(cards.map((card) => [card.cardId, card.topic]));
  const topics = [...new Set(cards.map((card) => card.topic))].sort((a, b) => a.localeCompare(b));
  const column = new Map(topics.map((topic, index) => [topic, index]));
  const sums = new Map(userIds.map((userId) => [userId, topics.map(() => ({ total: 0, count: 0 }))]));
  const nowMs = now.getTime();
  const curves = new Map(userIds.map((userId) => [userId, retrievabilityOf(userId)]));
  for (const state of states) {
    const topic = topicOf.get(state.cardId);
    const row = sums.get(state.userId);
    const retrievability = curves.get(state.userId);
    if (topic === undefined || !row || !retrievability || state.state === "new" || state.lastReview === null || state.stability <= 0) continue;
    const cell = row[column.get(topic) as number];
    if (!cell) continue;
    const elapsed = Math.max(0, (nowMs - state.lastReview) / DAY_MS);
    cell.total += Math.min(1, Math.max(0, retrievability(state.stability, elapsed)));
    cell.count += 1;
  }
  return {
    topics,
    rows: userIds.map((userId) => ({
      userId,
      cells: (sums.get(userId) ?? []).map(({ total, count }) => ({ mastery: count === 0 ? null : total / count, cards: count })),
    })),
  };
}
