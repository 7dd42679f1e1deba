/**
 * Loads the built-in scenario quizzes (content/scenarios/*.md, manifest scenarios and `cmd-*` command
 * tasks alike) into the database: one Scenario row
 * each, and one card of kind "scenario" in the built-in "Scenarios" deck so scenarios come back for
 * review on the learner's FSRS schedule. Edited scenarios keep their id (and everyone's attempts);
 * removed ones are retired.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { PrismaClient } from "@/prisma/generated/client";
import { parseScenario, type Scenario } from "@/lib/scenarios";
import { syncDeckCards, type StoredCardInput } from "../decks/sync-deck-cards";

export const SCENARIOS_DIR = path.join("content", "scenarios");
export const SCENARIO_DECK_SLUG = "builtin-scenarios";

export function scenarioFiles(root: string): string[] {
  try {
    return readdirSync(path.join(root, SCENARIOS_DIR)).filter((file) => file.endsWith(".md") && file.toLowerCase() !== "readme.md").sort();
  } catch {
    return [];
  }
}

function scenarioCard(scenario: Scenario, position: number): StoredCardInput {
  return {
    id: scenario.id,
    kind: "scenario",
    front: scenario.title,
    back: scenario.task,
    topic: ["Scenarios", ...scenario.topics.slice(0, 1)],
    // Command tasks (content/scenarios/cmd-*.md, kind: commands) are tagged so the card browser can find them.
    tags: ["scenario", scenario.difficulty, ...(scenario.kind === "commands" ? ["commands"] : [])],
    source: { file: scenario.file, line: position },
    noteId: `scenario:${scenario.id}`,
  };
}

export async function syncBuiltInScenarios(db: PrismaClient, root: string, now: Date): Promise<{ loaded: number; problems: string[] }> {
  const scenarios: { scenario: Scenario; text: string }[] = [];
  const problems: string[] = [];
  for (const file of scenarioFiles(root)) {
    const relative = path.posix.join("content", "scenarios", file);
    const text = readFileSync(path.join(root, relative), "utf8");
    const parsed = parseScenario(text, relative);
    if (!parsed.scenario) {
      problems.push(...parsed.issues.map((issue) => `${issue.file}:${issue.line}: ${issue.message}`));
      continue;
    }
    scenarios.push({ scenario: parsed.scenario, text });
  }
  for (const { scenario, text } of scenarios) {
    const fields = {
      title: scenario.title,
      difficulty: scenario.difficulty,
      topics: JSON.stringify(scenario.topics),
      origin: "builtin",
      sourcePath: scenario.file,
      sourceText: text,
      sourceHash: createHash("sha256").update(text).digest("hex"),
      retiredAt: null,
    };
    await db.scenario.upsert({ where: { id: scenario.id }, update: fields, create: { id: scenario.id, ...fields } });
  }
  const ids = scenarios.map(({ scenario }) => scenario.id);
  await db.scenario.updateMany({ where: { origin: "builtin", retiredAt: null, id: { notIn: ids } }, data: { retiredAt: now } });

  const deckFields = { title: "Scenarios", description: "Write manifests for a task; a simulated cluster grades them and explains why.", origin: "builtin", visibility: "public", sourcePath: SCENARIOS_DIR, retiredAt: null };
  await db.$transaction(async (tx) => {
    const deck = await tx.deck.upsert({ where: { slug: SCENARIO_DECK_SLUG }, update: deckFields, create: { slug: SCENARIO_DECK_SLUG, ...deckFields } });
    const cards = scenarios.map(({ scenario }, index) => scenarioCard(scenario, index + 1));
    await syncDeckCards(tx, deck.id, cards, now);
  });
  return { loaded: scenarios.length, problems };
}
