/** The built-in command tasks load with the other scenarios: a Scenario row each and a scenario card tagged "commands". */
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syncBuiltInScenarios } from "@/lib/server/scenarios/sync-scenarios";
import { migratedDatabase } from "./migrated-database";

let env: ReturnType<typeof migratedDatabase>;
beforeAll(() => {
  env = migratedDatabase("command-tasks");
});
afterAll(async () => env.dispose());

describe("syncBuiltInScenarios with command tasks", () => {
  it("loads every cmd- task from content/scenarios beside the manifest scenarios, tagged commands", async () => {
    const { problems } = await syncBuiltInScenarios(env.db, path.resolve(__dirname, "../.."), new Date(Date.UTC(2026, 11, 7, 12)));
    expect(problems).toEqual([]);
    const rows = await env.db.scenario.findMany({ where: { retiredAt: null }, select: { id: true } });
    const commandIds = rows.map((r) => r.id).filter((id) => id.startsWith("cmd-"));
    expect(commandIds.length).toBeGreaterThanOrEqual(20);
    expect(rows.map((r) => r.id)).toContain("expose-web");
    const card = await env.db.card.findFirst({ where: { key: "cmd-expose-web" } });
    expect(card?.front).toBe("Expose a Deployment on another port");
    expect(JSON.parse(card?.tags ?? "[]")).toEqual(["scenario", "easy", "commands"]);
    const manifestCard = await env.db.card.findFirst({ where: { key: "expose-web" } });
    expect(JSON.parse(manifestCard?.tags ?? "[]")).toEqual(["scenario", "easy"]);
  });
});
