import "server-only";
import { db } from "../db";
import { scenarioClassesForViewer, visibleScenariosWhere } from "./scenario-visibility";
import { parsedScenarioOf } from "./get-scenario";

export interface ScenarioSummary {
  id: string;
  title: string;
  difficulty: string;
  topics: string[];
  status: "new" | "failed" | "passed";
  attempts: number;
  /** Names of the classes it is shared with that the user is in or teaches (all of them on one's own); empty when public. */
  classes: string[];
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

/** Every live scenario the user may see, with the learner's status: passed once is passed. */
export async function listScenarios(userId: string): Promise<ScenarioSummary[]> {
  const [scenarios, attempts] = await Promise.all([
    visibleScenariosWhere(userId).then((where) => db.scenario.findMany({ where, orderBy: { createdAt: "asc" } })),
    db.scenarioAttempt.groupBy({ by: ["scenarioId", "passed"], where: { userId }, _count: { _all: true } }),
  ]);
  const owned = new Set(scenarios.filter((scenario) => scenario.ownerId === userId).map((scenario) => scenario.id));
  const classes = await scenarioClassesForViewer(db, scenarios.map((scenario) => scenario.id), userId, owned);
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
      classes: (classes.get(scenario.id) ?? []).map((shared) => shared.name),
      kind,
      ...(timeLimitSeconds !== undefined ? { timeLimitSeconds } : {}),
    };
  });
}
