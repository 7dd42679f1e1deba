import "server-only";
import { db } from "../db";

export interface ScenarioResult {
  readonly scenarioId: string;
  readonly title: string;
  readonly attempts: number;
  readonly everPassed: boolean;
  readonly latestPassed: boolean;
  readonly latestAt: string;
}

/** The learner's scenario attempts, one row per scenario, the most recently attempted first. */
export async function loadScenarioResults(userId: string): Promise<ScenarioResult[]> {
  const attempts = await db.scenarioAttempt.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    take: 1000,
    select: { passed: true, createdAt: true, scenario: { select: { id: true, title: true } } },
  });
  const results = new Map<string, ScenarioResult>();
  for (const attempt of attempts) {
    const seen = results.get(attempt.scenario.id);
    results.set(
      attempt.scenario.id,
      seen
        ? { ...seen, attempts: seen.attempts + 1, everPassed: seen.everPassed || attempt.passed }
        : { scenarioId: attempt.scenario.id, title: attempt.scenario.title, attempts: 1, everPassed: attempt.passed, latestPassed: attempt.passed, latestAt: attempt.createdAt.toISOString() },
    );
  }
  return [...results.values()];
}
