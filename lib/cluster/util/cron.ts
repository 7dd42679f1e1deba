/** Cron schedules (five fields, ranges, steps, lists, month/day names, @hourly-style macros) in UTC. */
const MACROS: Record<string, string> = {
  "@yearly": "0 0 1 1 *", "@annually": "0 0 1 1 *", "@monthly": "0 0 1 * *", "@weekly": "0 0 * * 0",
  "@daily": "0 0 * * *", "@midnight": "0 0 * * *", "@hourly": "0 * * * *",
};
const NAMES: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
  sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6,
};

function field(text: string, min: number, max: number): Set<number> | undefined {
  const out = new Set<number>();
  for (const part of text.split(",")) {
    const [range = "", stepText] = part.split("/");
    const step = stepText === undefined ? 1 : Number(stepText);
    let lo = min;
    let hi = max;
    if (range !== "*" && range !== "?") {
      const [a = "", b] = range.split("-");
      const v = (s: string): number => NAMES[s.toLowerCase()] ?? Number(s);
      lo = v(a);
      hi = b === undefined ? (stepText === undefined ? lo : max) : v(b);
    }
    if (!Number.isInteger(lo) || !Number.isInteger(hi) || !Number.isInteger(step) || step < 1 || lo < min || hi > max) return undefined;
    for (let i = lo; i <= hi; i += step) out.add(i);
  }
  return out;
}

export interface CronSchedule {
  readonly next: (afterMs: number) => number;
}

export function parseCron(text: string): CronSchedule | undefined {
  const fields = (MACROS[text.trim()] ?? text.trim().replace(/^(TZ|CRON_TZ)=\S+\s+/, "")).split(/\s+/);
  if (fields.length !== 5) return undefined;
  const [m, h, dom, mon, dow] = fields as [string, string, string, string, string];
  const minutes = field(m, 0, 59);
  const hours = field(h, 0, 23);
  const days = field(dom, 1, 31);
  const months = field(mon, 1, 12);
  const weekdays = field(dow.replace(/7/g, "0"), 0, 6);
  if (!minutes || !hours || !days || !months || !weekdays) return undefined;
  const anyDay = dom === "*" || dom === "?";
  const anyWeekday = dow === "*" || dow === "?";
  return {
    next(afterMs) {
      let t = Math.floor(afterMs / 60_000) * 60_000 + 60_000;
      for (let guard = 0; guard < 600_000; guard += 1) {
        const d = new Date(t);
        const dayOk = anyDay && anyWeekday ? true : anyDay ? weekdays.has(d.getUTCDay()) : anyWeekday ? days.has(d.getUTCDate()) : days.has(d.getUTCDate()) || weekdays.has(d.getUTCDay());
        if (months.has(d.getUTCMonth() + 1) && dayOk && hours.has(d.getUTCHours()) && minutes.has(d.getUTCMinutes())) return t;
        t += 60_000;
      }
      return Number.POSITIVE_INFINITY;
    },
  };
}
