/**
 * When the learner's current attempt at a command task started, kept in localStorage so the exam
 * clock survives a reload; cleared when the attempt passes (the next visit starts a new one).
 */
const keyOf = (scenarioId: string): string => `kubedeck:attempt-start:${scenarioId}`;

export function attemptStart(scenarioId: string, now: number): number {
  try {
    const stored = Number(window.localStorage.getItem(keyOf(scenarioId)));
    if (Number.isFinite(stored) && stored > 0 && stored <= now) return stored;
    window.localStorage.setItem(keyOf(scenarioId), String(now));
  } catch {
    // Storage refused (private mode, quota): the clock starts with the page instead.
  }
  return now;
}

export function clearAttemptStart(scenarioId: string): void {
  try {
    window.localStorage.removeItem(keyOf(scenarioId));
  } catch {
    // Nothing stored to clear.
  }
}
