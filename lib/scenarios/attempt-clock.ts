/**
 * The exam-style clock of a command task: a countdown from the time limit that keeps counting past
 * zero (marked over time), and the time taken as a learner reads it. Pure: `now` is passed in.
 */

/** `4:05`, `12:00`, `1:02:03`: minutes and seconds, hours only when there are some. */
export function formatClock(ms: number): string {
  const total = Math.floor(Math.abs(ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, "0");
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, "0")}:${seconds}` : `${minutes}:${seconds}`;
}

export interface CountdownReading {
  /** What the clock shows: time left, or time over the limit once past it. */
  readonly text: string;
  readonly overTime: boolean;
}

export function readCountdown(startedAt: number, now: number, timeLimitSeconds: number): CountdownReading {
  const left = timeLimitSeconds * 1000 - Math.max(0, now - startedAt);
  // Rounded up while counting down (a clock at 0:00 has run out), down once past it.
  return left > 0 ? { text: formatClock(Math.ceil(left / 1000) * 1000), overTime: false } : { text: `+${formatClock(-left)}`, overTime: true };
}

/** "Time taken 4:05 of 6:00", "Time taken 7:10, 1:10 over the 6:00 limit". */
export function describeTimeTaken(elapsedMs: number, timeLimitSeconds: number | undefined): string {
  const taken = `Time taken ${formatClock(elapsedMs)}`;
  if (timeLimitSeconds === undefined) return taken;
  const limitMs = timeLimitSeconds * 1000;
  if (elapsedMs <= limitMs) return `${taken} of ${formatClock(limitMs)}`;
  return `${taken}, ${formatClock(elapsedMs - limitMs)} over the ${formatClock(limitMs)} limit`;
}

/** A task's time limit as the list and the page name it: "6 min", or "2:30 min" for a part minute. */
export function formatTimeLimit(timeLimitSeconds: number): string {
  return timeLimitSeconds % 60 === 0 ? `${timeLimitSeconds / 60} min` : `${formatClock(timeLimitSeconds * 1000)} min`;
}
