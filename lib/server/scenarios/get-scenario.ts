import "server-only";
import { parseScenario, type Scenario } from "@/lib/scenarios";
import { ApiError } from "../api-error";
import { db } from "../db";
import { visibleScenariosWhere } from "./scenario-visibility";

/** Parsed scenarios by source hash, so grading never re-parses an unchanged scenario. */
const parsedByHash = new Map<string, Scenario>();

/** A stored scenario's parsed definition (parsed once per source). */
export function parsedScenarioOf(row: { id: string; sourceHash: string; sourceText: string; sourcePath: string | null }): Scenario {
  let scenario = parsedByHash.get(row.sourceHash);
  if (!scenario) {
    const parsed = parseScenario(row.sourceText, row.sourcePath ?? `${row.id}.md`);
    if (!parsed.scenario) throw new Error(`scenario ${row.id} no longer parses: ${parsed.issues.map((issue) => issue.message).join("; ")}`);
    scenario = parsed.scenario;
    parsedByHash.set(row.sourceHash, scenario);
  }
  return scenario;
}

/** A live scenario the user may see with its parsed definition, or a 404 that names the id (also for one shared with other classes). */
export async function getScenarioOrThrow(scenarioId: string, userId: string) {
  const row = await db.scenario.findFirst({ where: { AND: [{ id: scenarioId }, await visibleScenariosWhere(userId)] } });
  if (!row) throw new ApiError(404, `No scenario "${scenarioId}". See /scenarios for the list.`);
  return { row, scenario: parsedScenarioOf(row) };
}
