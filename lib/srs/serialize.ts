/**
 * JSON form of a schedule and flags (ISO date strings), for storing the `previous` snapshot of a
 * review log row in one text column and for sending cards to the browser as plain JSON.
 */
import { CARD_STATES, isCardStateName, type CardFlags, type CardSchedule, type CardStateName } from "./types";

export interface CardScheduleJson {
  state: CardStateName;
  due: string;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  lastReview: string | null;
}

export interface CardFlagsJson {
  suspended: boolean;
  buriedUntil: string | null;
  leech: boolean;
}

export function scheduleToJson(schedule: CardSchedule): CardScheduleJson {
  return { ...schedule, due: schedule.due.toISOString(), lastReview: schedule.lastReview?.toISOString() ?? null };
}

export function flagsToJson(flags: CardFlags): CardFlagsJson {
  return { ...flags, buriedUntil: flags.buriedUntil?.toISOString() ?? null };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function dateField(record: Record<string, unknown>, key: string): Date {
  const value = record[key];
  if (typeof value !== "string" || Number.isNaN(Date.parse(value))) {
    throw new TypeError(`card JSON: "${key}" must be an ISO date string`);
  }
  return new Date(value);
}

function optionalDateField(record: Record<string, unknown>, key: string): Date | null {
  return record[key] === null ? null : dateField(record, key);
}

function numberField(record: Record<string, unknown>, key: string): number {
  const value = record[key];
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new TypeError(`schedule JSON: "${key}" must be a finite number`);
  }
  return value;
}

/** Parses and validates what `scheduleToJson` produced (also accepts it as a JSON string). */
export function scheduleFromJson(input: unknown): CardSchedule {
  const value: unknown = typeof input === "string" ? JSON.parse(input) : input;
  if (!isRecord(value)) throw new TypeError("schedule JSON must be an object");
  const state = value.state;
  if (!isCardStateName(state)) {
    throw new TypeError(`schedule JSON: "state" must be one of ${CARD_STATES.join(", ")}`);
  }
  return {
    state,
    due: dateField(value, "due"),
    stability: numberField(value, "stability"),
    difficulty: numberField(value, "difficulty"),
    elapsedDays: numberField(value, "elapsedDays"),
    scheduledDays: numberField(value, "scheduledDays"),
    learningSteps: numberField(value, "learningSteps"),
    reps: numberField(value, "reps"),
    lapses: numberField(value, "lapses"),
    lastReview: optionalDateField(value, "lastReview"),
  };
}

export function flagsFromJson(input: unknown): CardFlags {
  const value: unknown = typeof input === "string" ? JSON.parse(input) : input;
  if (!isRecord(value) || typeof value.suspended !== "boolean" || typeof value.leech !== "boolean") {
    throw new TypeError("flags JSON must be { suspended: boolean, buriedUntil: string | null, leech: boolean }");
  }
  return { suspended: value.suspended, leech: value.leech, buriedUntil: optionalDateField(value, "buriedUntil") };
}
