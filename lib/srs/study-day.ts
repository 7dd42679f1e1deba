/**
 * Study days in the learner's IANA time zone. A study day starts at `dayStartHour` (default 4 a.m.)
 * local time, so a session after midnight still counts for the evening before. Offsets come from
 * Intl.DateTimeFormat, so daylight-saving changes and half-hour zones need no tables of our own.
 */

export const DEFAULT_DAY_START_HOUR = 4;
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat("en-US", {
        timeZone,
        hourCycle: "h23",
        year: "numeric",
        month: "numeric",
        day: "numeric",
        hour: "numeric",
        minute: "numeric",
        second: "numeric",
      });
    } catch {
      throw new RangeError(`unknown time zone "${timeZone}": use an IANA name such as "Europe/Berlin"`);
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when `timeZone` is an IANA zone this runtime knows. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Local wall-clock time minus UTC at `instant`, in milliseconds (e.g. +5:30 → 19 800 000). */
export function timeZoneOffsetMs(instant: Date, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  const wall = Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  const wholeSeconds = Math.floor(instant.getTime() / 1000) * 1000;
  return wall - wholeSeconds;
}

function checkHour(dayStartHour: number): void {
  if (!Number.isInteger(dayStartHour) || dayStartHour < 0 || dayStartHour > 23) {
    throw new RangeError(`dayStartHour must be an integer 0–23, got ${dayStartHour}`);
  }
}

function dayKeyOfUtcMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The study day `now` belongs to, as "YYYY-MM-DD" (the local date at which that day began). */
export function studyDayOf(now: Date, timeZone: string, dayStartHour = DEFAULT_DAY_START_HOUR): string {
  checkHour(dayStartHour);
  const wall = now.getTime() + timeZoneOffsetMs(now, timeZone);
  return dayKeyOfUtcMs(wall - dayStartHour * HOUR_MS);
}

/** "YYYY-MM-DD" shifted by whole days. */
export function addDays(dayKey: string, days: number): string {
  return dayKeyOfUtcMs(Date.parse(`${dayKey}T00:00:00Z`) + days * DAY_MS);
}

/** Whole days from study day `from` to study day `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/**
 * The instant local wall time `dayKey` at `hour`:00 happens in `timeZone`. In a daylight-saving
 * gap (the hour does not exist) it is the first instant after the gap; when the hour happens
 * twice it is the first time.
 */
export function zonedInstant(dayKey: string, hour: number, timeZone: string): Date {
  const wall = Date.parse(`${dayKey}T00:00:00Z`) + hour * HOUR_MS;
  const offsets = [...new Set([DAY_MS, 0, -DAY_MS].map((shift) => timeZoneOffsetMs(new Date(wall - shift), timeZone)))];
  const valid = offsets
    .map((offset) => wall - offset)
    .filter((instant) => timeZoneOffsetMs(new Date(instant), timeZone) === wall - instant)
    .sort((a, b) => a - b);
  const first = valid[0];
  if (first !== undefined) return new Date(first);
  // Gap: read the wall time with the offset in force before the change, i.e. just after the gap.
  return new Date(wall - timeZoneOffsetMs(new Date(wall - DAY_MS), timeZone));
}

/** When the study day containing `now` began. */
export function studyDayStart(now: Date, timeZone: string, dayStartHour = DEFAULT_DAY_START_HOUR): Date {
  return zonedInstant(studyDayOf(now, timeZone, dayStartHour), dayStartHour, timeZone);
}

/** When the next study day begins: buried cards come back and the daily limits reset. */
export function nextDayStart(now: Date, timeZone: string, dayStartHour = DEFAULT_DAY_START_HOUR): Date {
  return zonedInstant(addDays(studyDayOf(now, timeZone, dayStartHour), 1), dayStartHour, timeZone);
}
