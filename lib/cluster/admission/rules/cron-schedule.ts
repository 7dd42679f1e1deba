/** CronJob schedules parse as five cron fields (or a @macro), as robfig/cron in the controller reads them. */
import { at, str } from "../access";
import { invalid, required } from "./messages";
import type { Rule } from "./rule";

const MACROS = ["@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly"];
const FIELDS = [
  { name: "minute", min: 0, max: 59, names: [] as string[] },
  { name: "hour", min: 0, max: 23, names: [] as string[] },
  { name: "day of month", min: 1, max: 31, names: [] as string[] },
  { name: "month", min: 1, max: 12, names: ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"] },
  { name: "day of week", min: 0, max: 7, names: ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] },
];

function value(text: string, field: (typeof FIELDS)[number]): number | undefined {
  const index = field.names.indexOf(text.toLowerCase());
  if (index !== -1) return field.min + index;
  return /^\d+$/.test(text) ? Number(text) : undefined;
}

function checkField(text: string, field: (typeof FIELDS)[number]): string | undefined {
  for (const part of text.split(",")) {
    const [range, step, extra] = part.split("/");
    if (extra !== undefined || range === undefined || range === "") return `failed to parse ${field.name} field "${text}"`;
    if (step !== undefined && !/^\d+$/.test(step)) return `failed to parse int from ${step}: step must be a number`;
    if (range === "*" || range === "?") continue;
    const bounds = range.split("-");
    if (bounds.length > 2) return `failed to parse ${field.name} field "${text}"`;
    for (const bound of bounds) {
      const n = value(bound, field);
      if (n === undefined) return `failed to parse int from ${bound}: invalid syntax`;
      if (n < field.min) return `beginning of range (${n}) below minimum (${field.min}): ${range}`;
      if (n > field.max) return `end of range (${n}) above maximum (${field.max}): ${range}`;
    }
  }
  return undefined;
}

export function cronProblem(schedule: string): string | undefined {
  const text = schedule.trim();
  if (text.startsWith("TZ=") || text.startsWith("CRON_TZ=")) return "cannot use TZ or CRON_TZ in schedule, use timeZone field instead";
  if (text.startsWith("@")) return MACROS.includes(text) || text.startsWith("@every ") ? undefined : `unrecognized descriptor: ${text}`;
  const parts = text.split(/\s+/).filter((p) => p !== "");
  if (parts.length !== 5) return `expected exactly 5 fields, found ${parts.length}: ${text}`;
  for (const [i, part] of parts.entries()) {
    const field = FIELDS[i];
    if (!field) break;
    const problem = checkField(part, field);
    if (problem) return problem;
  }
  return undefined;
}

export const cronSchedule: Rule = {
  meta: { id: "cron-schedule", title: "a CronJob's schedule is valid cron syntax", kinds: ["CronJob"] },
  check(object) {
    const schedule = str(at(object, "spec", "schedule"));
    if (schedule === undefined || schedule === "") return [required("spec.schedule", undefined, 'Add a schedule in cron syntax, e.g. schedule: "*/5 * * * *" (every five minutes).')];
    const problem = cronProblem(schedule);
    return problem ? [invalid("spec.schedule", schedule, problem, 'Use five fields: minute hour day-of-month month day-of-week, e.g. "0 3 * * *" for 03:00 every day.')] : [];
  },
};
