/** Front matter `time:` (`6m`, `90s`, `1m30s`, or a number of seconds) into seconds. */
export const MAX_TIME_SECONDS = 2 * 60 * 60;

export function parseTimeLimit(value: unknown): { seconds: number } | { error: string } {
  const bad = { error: `time must be a duration such as 6m, 90s or 1m30s (at most 2h), got ${JSON.stringify(value ?? "")}` };
  let seconds: number;
  if (typeof value === "number") seconds = value;
  else if (typeof value === "string") {
    const m = /^\s*(?:(\d+)h)?\s*(?:(\d+)m)?\s*(?:(\d+)s)?\s*$/.exec(value);
    if (!m || value.trim() === "" || (m[1] === undefined && m[2] === undefined && m[3] === undefined)) return bad;
    seconds = Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
  } else return bad;
  if (!Number.isInteger(seconds) || seconds <= 0 || seconds > MAX_TIME_SECONDS) return bad;
  return { seconds };
}
