/** The class gradebook as CSV: one row per learner, the per-learner columns of the progress JSON. */
import type { LearnerProgress } from "./types";

function cell(value: string | number | null): string {
  if (value === null) return "";
  const text = String(value);
  // Quote what CSV needs quoted, and defuse cells a spreadsheet would run as a formula.
  const safe = /^[=+\-@\t\r]/.test(text) && typeof value === "string" ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Columns: userId, name, email, lastActiveAt, reviews7d, reviews30d, retention30d, cardsIntroduced,
 * cardsAssigned, dueNow, then per assigned scenario `<id> passed` (yes/no/blank when not tried),
 * `<id> attempts` and `<id> hintsUsed`.
 */
export function progressCsv(learners: readonly LearnerProgress[], scenarioIds: readonly string[]): string {
  const header = [
    "userId", "name", "email", "lastActiveAt", "reviews7d", "reviews30d", "retention30d", "cardsIntroduced", "cardsAssigned", "dueNow",
    ...scenarioIds.flatMap((id) => [`${id} passed`, `${id} attempts`, `${id} hintsUsed`]),
  ];
  const rows = learners.map((learner) => {
    const byScenario = new Map(learner.scenarios.map((status) => [status.scenarioId, status]));
    return [
      learner.userId, learner.name, learner.email, learner.lastActiveAt, learner.reviews7d, learner.reviews30d,
      learner.retention30d === null ? null : Number(learner.retention30d.toFixed(4)),
      learner.cardsIntroduced, learner.cardsAssigned, learner.dueNow,
      ...scenarioIds.flatMap((id) => {
        const status = byScenario.get(id);
        if (!status || status.status === "not-tried") return [null, 0, 0];
        return [status.passed ? "yes" : "no", status.attempts, status.hintsUsed];
      }),
    ];
  });
  return [header, ...rows].map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
}
