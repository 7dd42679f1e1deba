/** Data helpers for the calendar heatmap, usable on the server (the component itself is a client one). */

export interface HeatmapDay {
  /** "YYYY-MM-DD" (a study day in the learner's zone). */
  readonly day: string;
  readonly count: number;
}

export const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/** Monthly totals, oldest first: the heatmap's table alternative. */
export function monthlyTotals(days: readonly HeatmapDay[]): { month: string; reviews: number; activeDays: number }[] {
  const months = new Map<string, { reviews: number; activeDays: number }>();
  for (const d of days) {
    const key = d.day.slice(0, 7);
    const entry = months.get(key) ?? { reviews: 0, activeDays: 0 };
    entry.reviews += d.count;
    if (d.count > 0) entry.activeDays += 1;
    months.set(key, entry);
  }
  return [...months].map(([key, entry]) => ({ month: `${MONTHS[Number(key.slice(5, 7)) - 1]} ${key.slice(0, 4)}`, ...entry }));
}
