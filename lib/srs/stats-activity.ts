/**
 * Progress statistics from the review log (pure): reviews per study day for the heatmap, true
 * retention, and the study streak. Days are study days in the learner's zone (4 a.m. start).
 */
import { DEFAULT_DAY_START_HOUR, addDays, studyDayOf } from "./study-day";
import type { CardStateName, Rating } from "./types";

/** One review as the statistics need it. From a ReviewLogEntry: `intervalBefore = previous.scheduledDays`. */
export interface StatsReview {
  readonly cardId: string;
  readonly rating: Rating;
  readonly reviewedAt: Date;
  readonly stateBefore: CardStateName;
  /** The interval (days) the card had when it was answered. */
  readonly intervalBefore: number;
}

export interface DayWindow {
  readonly now: Date;
  readonly timeZone: string;
  readonly dayStartHour?: number;
}

export interface DayCount {
  readonly day: string;
  readonly count: number;
}

function dayOf(date: Date, window: DayWindow): string {
  return studyDayOf(date, window.timeZone, window.dayStartHour ?? DEFAULT_DAY_START_HOUR);
}

function countByDay(reviews: readonly StatsReview[], window: DayWindow): Map<string, number> {
  const counts = new Map<string, number>();
  for (const review of reviews) {
    const day = dayOf(review.reviewedAt, window);
    counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  return counts;
}

/** Reviews per study day for the last `days` days up to today, oldest first, zeros included. */
export function reviewsPerDay(reviews: readonly StatsReview[], window: DayWindow & { readonly days?: number }): DayCount[] {
  const days = window.days ?? 365;
  const today = dayOf(window.now, window);
  const counts = countByDay(reviews, window);
  return Array.from({ length: days }, (_, i) => {
    const day = addDays(today, i - days + 1);
    return { day, count: counts.get(day) ?? 0 };
  });
}

export interface RetentionBucket {
  readonly reviews: number;
  readonly passed: number;
  /** passed / reviews, or null with no reviews. */
  readonly rate: number | null;
}

export interface TrueRetention {
  readonly young: RetentionBucket;
  readonly mature: RetentionBucket;
  readonly all: RetentionBucket;
}

function bucket(reviews: readonly StatsReview[]): RetentionBucket {
  const passed = reviews.filter((r) => r.rating !== 1).length;
  return { reviews: reviews.length, passed, rate: reviews.length === 0 ? null : passed / reviews.length };
}

/**
 * Share of review-state answers that were not Again over the last `days` study days (default 30),
 * split into young (interval < `matureDays`, default 21) and mature cards. Learning and relearning
 * steps do not count: they measure short-term memory, not retention.
 */
export function trueRetention(
  reviews: readonly StatsReview[],
  window: DayWindow & { readonly days?: number; readonly matureDays?: number },
): TrueRetention {
  const first = addDays(dayOf(window.now, window), -((window.days ?? 30) - 1));
  const today = dayOf(window.now, window);
  const matureDays = window.matureDays ?? 21;
  const inWindow = reviews.filter((r) => {
    const day = dayOf(r.reviewedAt, window);
    return r.stateBefore === "review" && day >= first && day <= today;
  });
  return {
    young: bucket(inWindow.filter((r) => r.intervalBefore < matureDays)),
    mature: bucket(inWindow.filter((r) => r.intervalBefore >= matureDays)),
    all: bucket(inWindow),
  };
}

export interface Streak {
  /** Consecutive study days with a review, ending today, or yesterday if today has none yet. */
  readonly current: number;
  readonly longest: number;
  readonly studiedToday: boolean;
}

export function studyStreak(reviews: readonly StatsReview[], window: DayWindow): Streak {
  const days = new Set(reviews.map((r) => dayOf(r.reviewedAt, window)));
  const today = dayOf(window.now, window);
  const studiedToday = days.has(today);
  let current = 0;
  for (let day = studiedToday ? today : addDays(today, -1); days.has(day); day = addDays(day, -1)) current += 1;
  let longest = 0;
  for (const day of days) {
    if (days.has(addDays(day, -1))) continue; // not the start of a run
    let length = 0;
    for (let d = day; days.has(d); d = addDays(d, 1)) length += 1;
    longest = Math.max(longest, length);
  }
  return { current, longest, studiedToday };
}

/** The statistics' view of a review log entry. */
export function statsReviewFromLog(log: {
  readonly cardId: string;
  readonly rating: Rating;
  readonly reviewedAt: Date;
  readonly stateBefore: CardStateName;
  readonly previous: { readonly scheduledDays: number };
}): StatsReview {
  return { cardId: log.cardId, rating: log.rating, reviewedAt: log.reviewedAt, stateBefore: log.stateBefore, intervalBefore: log.previous.scheduledDays };
}
