/**
 * Progress statistics from the cards' current state (pure): the due forecast, cards by state and
 * mastery per topic.
 */
import { createScheduler } from "./scheduler";
import type { DayCount, DayWindow } from "./stats-activity";
import { DEFAULT_DAY_START_HOUR, addDays, studyDayOf } from "./study-day";
import type { CardFlags, CardSchedule, CardStateName } from "./types";

export interface StatsCard {
  readonly schedule: CardSchedule;
  readonly flags: CardFlags;
  /** Topics (deck names, tags) the card counts towards for mastery. */
  readonly topics?: readonly string[];
}

/**
 * Cards falling due on each of the next `days` study days (default 30), today first. Overdue cards
 * count today; new and suspended cards are left out (they are not scheduled).
 */
export function dueForecast(cards: readonly StatsCard[], window: DayWindow & { readonly days?: number }): DayCount[] {
  const days = window.days ?? 30;
  const hour = window.dayStartHour ?? DEFAULT_DAY_START_HOUR;
  const today = studyDayOf(window.now, window.timeZone, hour);
  const last = addDays(today, days - 1);
  const counts = new Map<string, number>();
  for (const card of cards) {
    if (card.schedule.state === "new" || card.flags.suspended) continue;
    const due = studyDayOf(card.schedule.due, window.timeZone, hour);
    const day = due < today ? today : due;
    if (day <= last) counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  return Array.from({ length: days }, (_, i) => {
    const day = addDays(today, i);
    return { day, count: counts.get(day) ?? 0 };
  });
}

export type CardsByState = Record<CardStateName, number> & { readonly suspended: number; readonly leech: number; readonly total: number };

/** Cards per scheduling state; `suspended` and `leech` count flags on top of (not instead of) states. */
export function cardsByState(cards: readonly StatsCard[]): CardsByState {
  const counts = { new: 0, learning: 0, review: 0, relearning: 0, suspended: 0, leech: 0, total: cards.length };
  for (const card of cards) {
    counts[card.schedule.state] += 1;
    if (card.flags.suspended) counts.suspended += 1;
    if (card.flags.leech) counts.leech += 1;
  }
  return counts;
}

export interface TopicMastery {
  readonly topic: string;
  readonly cards: number;
  /** Mean predicted probability of recall now (0–1); new cards count as 0. */
  readonly mastery: number;
}

const defaultScheduler = createScheduler();

/**
 * How much of each topic the learner would recall today: the mean retrievability of the topic's
 * cards, new (never studied) cards counting as 0. Sorted by topic name.
 */
export function masteryByTopic(
  cards: readonly StatsCard[],
  now: Date,
  retrievability: (schedule: CardSchedule, now: Date) => number = defaultScheduler.retrievability,
): TopicMastery[] {
  const sums = new Map<string, { total: number; count: number }>();
  for (const card of cards) {
    const r = card.schedule.state === "new" ? 0 : retrievability(card.schedule, now);
    for (const topic of new Set(card.topics ?? [])) {
      const entry = sums.get(topic) ?? { total: 0, count: 0 };
      entry.total += r;
      entry.count += 1;
      sums.set(topic, entry);
    }
  }
  return [...sums.entries()]
    .map(([topic, { total, count }]) => ({ topic, cards: count, mastery: total / count }))
    .sort((a, b) => a.topic.localeCompare(b.topic));
}
