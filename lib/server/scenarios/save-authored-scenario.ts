import "server-only";
import { createHash } from "node:crypto";
import type { ScenarioRequest } from "@/lib/validations/authoring";
import type { PrismaClient } from "@/prisma/generated/client";
import { ApiError } from "../api-error";
import { plannedScenarioSharing, scenarioSharing, writeScenarioSharing } from "./scenario-visibility";
import { runWithinBudget } from "../budget/run-within-budget";

/** Reading and verifying user Markdown runs in the budget pool: a hostile scenario is a 422, not a stalled process. */
const SCENARIO_BUDGET = {
  ms: 5_000,
  what: "Shorten the scenario's Markdown, or flatten deeply nested lists and quotes; verifying grades every solution and wrong answer on a cluster of its own, so fewer of them, fewer action checks and fewer replicas also help.",
};

export interface ScenarioSaveResult {
  id: string;
  revision: number;
  published: boolean;
  /** The Markdown and publish state equal the latest revision's: nothing was written. */
  unchanged: boolean;
  dryRun: boolean;
  /** public, or classes: shared with `classIds` (kept from the last save when the request leaves them out). */
  visibility: "public" | "classes";
  classIds: string[];
  verification: { passed: boolean; problems: { line?: number; message: string }[] };
}

type Target = { mode: "create" } | { mode: "update"; id: string };

/** Who holds a scenario id: a built-in scenario, another author, the caller, or nobody. */
async function holderOf(db: PrismaClient, id: string, userId: string): Promise<"builtin" | "other" | "mine" | "free"> {
  const [row, first] = await Promise.all([
    db.scenario.findUnique({ where: { id }, select: { origin: true, ownerId: true } }),
    db.scenarioRevision.findFirst({ where: { scenarioId: id }, orderBy: { number: "asc" }, select: { ownerId: true } }),
  ]);
  if (row && row.origin === "builtin") return "builtin";
  const owner = first?.ownerId ?? row?.ownerId;
  if (!owner) return "free";
  return owner === userId ? "mine" : "other";
}

/**
 * Saves an instructor's scenario as its next revision and verifies it exactly as `kubedeck lint`
 * does (it parses, reference solutions pass, known-wrong answers fail the check they name). A
 * revision that verifies and asks to be published is written to `Scenario`, where learners see it;
 * one that does not verify is kept as a draft, with the problems at their lines. `visibility` and
 * `classIds` (classes the instructor teaches) are written whether or not the revision publishes.
 */
export async function saveAuthoredScenario(db: PrismaClient, user: { id: string; role: string }, input: ScenarioRequest, target: Target, now: Date): Promise<ScenarioSaveResult> {
  const userId = user.id;
  const { scenario, issues, findings } = await runWithinBudget("checkScenario", { markdown: input.markdown }, SCENARIO_BUDGET);
  if (!scenario) {
    const first = issues[0];
    throw new ApiError(422, `The scenario cannot be read: line ${first?.line ?? 1}: ${first?.message ?? "invalid"}`, issues.map((issue) => ({ path: "markdown", line: issue.line, message: issue.message })));
  }
  const id = scenario.id;
  if (target.mode === "update" && target.id !== id) {
    throw new ApiError(422, `The front matter id "${id}" is not this scenario's id "${target.id}": a scenario's id cannot change. Put id: ${target.id} back, or create a new scenario.`, [{ path: "markdown", line: 2, message: "id differs" }]);
  }
  const holder = await holderOf(db, id, userId);
  if (target.mode === "create" && holder !== "free") {
    const how = holder === "mine" ? `you already have it: update it with PUT /api/v1/scenarios/${id}` : "choose another id: in the front matter";
    throw new ApiError(409, `A scenario with the id "${id}" exists (${holder === "builtin" ? "built-in" : holder === "mine" ? "yours" : "another author's"}); ${how}.`, [{ path: "markdown", line: 2, message: `id "${id}" is taken` }]);
  }
  if (target.mode === "update" && holder === "builtin") throw new ApiError(403, `"${id}" is a built-in scenario; copy its Markdown under a new id to change it.`);
  if (target.mode === "update" && holder !== "mine") throw new ApiError(404, `No scenario "${id}" of yours.`);

  const planned = await plannedScenarioSharing(db, user, id, input);
  if (planned && !input.dryRun) await writeScenarioSharing(db, id, planned);
  const sharing = planned ?? (await scenarioSharing(db, id));

  const passed = findings.length === 0;
  const published = (input.publish ?? false) && passed;
  const verification = { passed, problems: findings.map((finding) => ({ line: finding.line, message: finding.message })) };
  const latest = await db.scenarioRevision.findFirst({ where: { scenarioId: id }, orderBy: { number: "desc" }, select: { number: true, markdown: true, published: true } });
  if (latest && latest.markdown === input.markdown && latest.published === published) {
    return { id, revision: latest.number, published, unchanged: true, dryRun: input.dryRun ?? false, ...sharing, verification };
  }
  const revision = (latest?.number ?? 0) + 1;
  if (input.dryRun) return { id, revision, published, unchanged: false, dryRun: true, ...sharing, verification };

  await db.$transaction(async (tx) => {
    await tx.scenarioRevision.create({ data: { scenarioId: id, ownerId: userId, number: revision, markdown: input.markdown, published, passed, createdAt: now } });
    if (!published) return;
    const fields = {
      title: scenario.title,
      difficulty: scenario.difficulty,
      topics: JSON.stringify(scenario.topics),
      origin: "authored",
      ownerId: userId,
      sourceText: input.markdown,
      sourceHash: createHash("sha256").update(input.markdown).digest("hex"),
      retiredAt: null,
    };
    await tx.scenario.upsert({ where: { id }, update: fields, create: { id, ...fields } });
  });
  return { id, revision, published, unchanged: false, dryRun: false, ...sharing, verification };
}

/** The caller's authored scenarios with their latest revision, whether any revision is live, and who may see it. */
export async function listAuthoredScenarios(db: PrismaClient, userId: string) {
  const rows = await db.scenarioRevision.groupBy({ by: ["scenarioId"], where: { ownerId: userId }, _max: { number: true } });
  const live = new Set((await db.scenario.findMany({ where: { id: { in: rows.map((row) => row.scenarioId) }, retiredAt: null, ownerId: userId }, select: { id: true } })).map((row) => row.id));
  const sharing = await Promise.all(rows.map((row) => scenarioSharing(db, row.scenarioId)));
  return rows.map((row, index) => ({ id: row.scenarioId, revision: row._max.number ?? 0, published: live.has(row.scenarioId), ...sharing[index] }));
}
