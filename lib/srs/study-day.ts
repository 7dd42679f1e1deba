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

function rawOffsetMs(ms: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(ms))) {
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
  return wall - Math.floor(ms / 1000) * 1000;
}

// formatToParts costs ~25 µs, too slow for statistics over 10,000 reviews. Offsets change at most
// once in an hour, so an hour whose first and last second share an offset has it throughout; such
// hours are cached, the rare hour containing a change is computed exactly every time.
const constantHourOffsets = new Map<string, Map<number, number | null>>();
const MAX_CACHED_HOURS_PER_ZONE = 200_000;

/** Local wall-clock time minus UTC at `instant`, in milliseconds (e.g. +5:30 → 19 800 000). */
export function timeZoneOffsetMs(instant: Date, timeZone: string): number {
  const ms = instant.getTime();
  const hour = Math.floor(ms / HOUR_MS);
  let zone = constantHourOffsets.get(timeZone);
  if (!zone) {
    formatterFor(timeZone); // validates the zone before anything is cached for it
    zone = new Map();
    constantHourOffsets.set(timeZone, zone);
  }
  let cached = zone.get(hour);
  if (cached === undefined) {
    const first = rawOffsetMs(hour * HOUR_MS, timeZone);
    cached = first === rawOffsetMs((hour + 1) * HOUR_MS - 1000, timeZone) ? first : null;
    if (zone.size >= MAX_CACHED_HOURS_PER_ZONE) zone.clear();
    zone.set(hour, cached);
  }
  return cached ?? rawOffsetMs(ms, timeZone);
}

function checkHour(dayStartHour: number): void {
  if (!Number.isInteger(dayStartHour) || dayStartHour < 0 || dayStartHour > 23) {
    throw new RangeError(`dayStartHour must be an integer 0–23, got ${dayStartHour}`);
  }
}

const dayKeys = new Map<number, string>();

function dayKeyOfUtcMs(ms: number): string {
  const dayNumber = Math.floor(ms / DAY_MS);
  let key = dayKeys.get(dayNumber);
  if (key === undefined) {
    key = new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
    if (dayKeys.size > 100_000) dayKeys.clear();
    dayKeys.set(dayNumber, key);
  }
  return key;
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
