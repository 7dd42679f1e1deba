import "server-only";
import { db } from "../db";

export interface ScenarioSummary {
  id: string;
  title: string;
  difficulty: string;
  topics: string[];
  status: "new" | "failed" | "passed";
  attempts: number;
}

function topicsOf(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((topic): topic is string => typeof topic === "string") : [];
  } catch {
    return [];
  }
}

/** Every live scenario with the learner's status: passed once is passed. */
export async function listScenarios(userId: string): Promise<ScenarioSummary[]> {
  const [scenarios, attempts] = await Promise.all([
    db.scenario.findMany({ where: { retiredAt: null }, orderBy: { createdAt: "asc" } }),
    db.scenarioAttempt.groupBy({ by: ["scenarioId", "passed"], where: { userId }, _count: { _all: true } }),
  ]);
  return scenarios.map((scenario) => {
    const mine = attempts.filter((row) => row.scenarioId === scenario.id);
    const total = mine.reduce((sum, row) => sum + row._count._all, 0);
    const passed = mine.some((row) => row.passed);
    return {
      id: scenario.id,
      title: scenario.title,
      difficulty: scenario.difficulty,
      topics: topicsOf(scenario.topics),
      status: passed ? "passed" : total > 0 ? "failed" : "new",
      attempts: total,
    };
  });
}
