/** Short interval labels for the answer buttons: "1m", "10m", "1h", "3d", "2mo", "1.2y". */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function trimmed(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}

/**
 * Label for the time from `now` until `due`. Under an hour in minutes, under a day in hours,
 * under a month (30 d) in days, under a year (365 d) in months, otherwise years with one decimal.
 * Anything not in the future reads "now".
 */
export function intervalLabel(now: Date, due: Date): string {
  const ms = due.getTime() - now.getTime();
  if (ms < MINUTE / 2) return "now";
  if (ms < HOUR) return `${Math.max(1, Math.round(ms / MINUTE))}m`;
  if (ms < DAY) return `${Math.round(ms / HOUR)}h`;
  const days = ms / DAY;
  if (days < 30) return `${Math.round(days)}d`;
  if (days < 365) return `${Math.round(days / 30)}mo`;
  return `${trimmed(days / 365)}y`;
}
