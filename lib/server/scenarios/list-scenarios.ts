import "server-only";
import { db } from "../db";
import { parsedScenarioOf } from "./get-scenario";

export interface ScenarioSummary {
  id: string;
  title: string;
  difficulty: string;
  topics: string[];
  status: "new" | "failed" | "passed";
  attempts: number;
  /** `commands`: a task done at the terminal against the clock. */
  kind: "manifests" | "commands";
  timeLimitSeconds?: number;
}

function topicsOf(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((topic): topic is string => typeof topic === "string") : [];
  } catch {
    return [];
  }
}

/** Whether a scenario is a command task; one that no longer parses is listed (its page says why) as manifests. */
function kindOf(row: Parameters<typeof parsedScenarioOf>[0]): { kind: ScenarioSummary["kind"]; timeLimitSeconds?: number } {
  try {
    return parsedScenarioOf(row);
  } catch (error) {
    console.error(error);
    return { kind: "manifests" };
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
    const { kind, timeLimitSeconds } = kindOf(scenario);
    return {
      id: scenario.id,
      title: scenario.title,
      difficulty: scenario.difficulty,
      topics: topicsOf(scenario.topics),
      status: passed ? "passed" : total > 0 ? "failed" : "new",
      attempts: total,
      kind,
      ...(timeLimitSeconds !== undefined ? { timeLimitSeconds } : {}),
    };
  });
}
