/** The class's last weeks at a glance: reviews, retention and scenarios passed per week. */

/** Counts of one week, as SQLite groups them; `weeksAgo` 0 is the last 7 days. */
export interface WeekTally {
  readonly weeksAgo: number;
  readonly reviews: number;
  readonly retentionReviews: number;
  readonly retentionPassed: number;
}

export interface TrendWeek {
  /** First day (UTC, YYYY-MM-DD) of the 7-day window. */
  readonly weekStart: string;
  readonly reviews: number;
  /** null under `minRetentionReviews` review-state answers that week. */
  readonly retention: number | null;
  /** Learners whose first pass of an assigned scenario fell in the week. */
  readonly scenariosPassed: number;
}

const DAY_MS = 86_400_000;

/** `weeks` consecutive 7-day windows ending at `now`, oldest first; weeks without data show zeros. */
export function weeklyTrend(
  tallies: readonly WeekTally[],
  firstPasses: readonly Date[],
  now: Date,
  weeks = 8,
  minRetentionReviews = 10,
): TrendWeek[] {
  const sums = Array.from({ length: weeks }, () => ({ reviews: 0, retentionReviews: 0, retentionPassed: 0, passed: 0 }));
  for (const tally of tallies) {
    const week = sums[tally.weeksAgo];
    if (!week || tally.weeksAgo < 0) continue;
    week.reviews += tally.reviews;
    week.retentionReviews += tally.retentionReviews;
    week.retentionPassed += tally.retentionPassed;
  }
  for (const passedAt of firstPasses) {
    const ago = Math.floor((now.getTime() - passedAt.getTime()) / (7 * DAY_MS));
    const week = sums[ago];
    if (week && ago >= 0) week.passed += 1;
  }
  return sums
    .map((week, weeksAgo) => ({
      weekStart: new Date(now.getTime() - (weeksAgo + 1) * 7 * DAY_MS).toISOString().slice(0, 10),
      reviews: week.reviews,
      retention: week.retentionReviews >= minRetentionReviews ? week.retentionPassed / week.retentionReviews : null,
      scenariosPassed: week.passed,
    }))
    .reverse();
}
