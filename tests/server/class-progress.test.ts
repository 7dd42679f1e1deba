import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migratedDatabase } from "./migrated-database";

/**
 * The class analytics' SQL on a migrated database: counts bounded by the class's members and
 * assignments, the covering index used for the review reads, older attempts read from their full
 * result, and the cache recomputing exactly when a member's data moves.
 */
let env: ReturnType<typeof migratedDatabase>;
let progress: typeof import("@/lib/server/classes/load-class-progress");
let cached: typeof import("@/lib/server/classes/cached-class-progress");
const ids = { classId: "", ada: "", bo: "", outsider: "", assigned: [] as string[], other: "" };
const NOW = new Date();
const DAY = 86_400_000;
const snapshot = (state: string) => JSON.stringify({ schedule: { state, due: NOW.toISOString() }, flags: {} });
let reviews = 0;

async function review(userId: string, cardId: string, rating: number, daysAgo: number, before = "review") {
  reviews += 1;
  await env.db.reviewLog.create({
    data: { clientId: `r${reviews}`, userId, cardId, rating, reviewedAt: new Date(NOW.getTime() - daysAgo * DAY), stateBefore: snapshot(before), stateAfter: snapshot("review") },
  });
}

beforeAll(async () => {
  env = migratedDatabase("class-progress");
  process.env.DATABASE_URL = env.url;
  const { db } = env;
  const deck = await db.deck.create({ data: { slug: "svc", title: "Services", origin: "builtin", visibility: "public" } });
  const other = await db.deck.create({ data: { slug: "private", title: "Mine", origin: "imported" } });
  for (const key of ["a", "b"]) ids.assigned.push((await db.card.create({ data: { deckId: deck.id, key, kind: "basic", front: `Front ${key}`, back: "B", topic: '["Selectors"]' } })).id);
  ids.other = (await db.card.create({ data: { deckId: other.id, key: "x", kind: "basic", front: "Private front", back: "B" } })).id;
  const user = async (email: string) => (await db.user.create({ data: { email, name: email.split("@")[0] ?? email } })).id;
  const owner = await user("teacher@example.com");
  [ids.ada, ids.bo, ids.outsider] = [await user("ada@example.com"), await user("bo@example.com"), await user("out@example.com")];
  const created = await db.class.create({ data: { name: "C", joinCode: "ABCDEFGH", ownerId: owner, members: { create: [{ userId: ids.ada }, { userId: ids.bo }] } } });
  ids.classId = created.id;
  await db.assignment.create({ data: { classId: created.id, deckId: deck.id } });
  await db.assignment.create({ data: { classId: created.id, scenarioId: (await db.scenario.create({ data: { id: "expose-web", title: "Expose" } })).id } });
  await review(ids.ada, ids.assigned[0] as string, 1, 1);
  await review(ids.ada, ids.assigned[0] as string, 3, 10);
  await review(ids.ada, ids.assigned[1] as string, 3, 20, "learning");
  await review(ids.ada, ids.assigned[1] as string, 3, 40); // outside 30 days, inside the 8-week trend
  await review(ids.ada, ids.other, 1, 1); // not assigned: never counted
  await review(ids.outsider, ids.assigned[0] as string, 1, 1); // not a member: never counted
  await review(ids.bo, ids.assigned[0] as string, 1, 2);
  const failed = (message: string) => JSON.stringify([{ id: "endpoints", title: "Service has endpoints", message }]);
  const attempt = (userId: string, passed: boolean, n: number, failedChecks: string | null, result = "{}") =>
    db.scenarioAttempt.create({ data: { clientId: `a${n}-${userId}`, userId, scenarioId: "expose-web", answer: "[]", passed, failedChecks, result, createdAt: new Date(NOW.getTime() - n * 60_000) } });
  await attempt(ids.bo, false, 3, failed("selected no pods"));
  await attempt(ids.bo, false, 2, null, JSON.stringify({ checks: [{ id: "endpoints", title: "Service has endpoints", passed: false, message: "selected no pods" }], errors: [] }));
  await attempt(ids.ada, true, 1, "[]");
  await attempt(ids.outsider, false, 1, failed("outsider's mistake"));
  progress = await import("@/lib/server/classes/load-class-progress");
  cached = await import("@/lib/server/classes/cached-class-progress");
});

afterAll(async () => env.dispose());

describe("class progress from the database", () => {
  it("counts only members' answers to assigned cards, in the right windows", async () => {
    const result = await progress.loadClassProgress(ids.classId, NOW);
    const ada = result.learners.find((learner) => learner.userId === ids.ada);
    expect(result.learners.map((learner) => learner.userId).sort()).toEqual([ids.ada, ids.bo].sort());
    expect(ada).toMatchObject({ reviews7d: 1, reviews30d: 3, retention30d: null, cardsAssigned: 2 });
    expect(result.cards[0]).toMatchObject({ cardId: ids.assigned[0], reviews: 3, againRate: 2 / 3 });
    expect(result.trend.reduce((sum, week) => sum + week.reviews, 0)).toBe(5);
    expect(result.trend.at(-1)?.reviews).toBe(2);
  });

  it("ranks failed checks from the stored summary and, for older attempts, the full result; outsiders never count", async () => {
    const [scenario] = (await progress.loadClassProgress(ids.classId, NOW)).scenarios;
    expect(scenario).toMatchObject({ scenarioId: "expose-web", learners: 2, passed: 1, medianAttempts: 1 });
    expect(scenario?.failedChecks).toEqual([{ check: "endpoints", title: "Service has endpoints", count: 1, example: "selected no pods" }]);
  });

  it("narrows to one learner for a drill-down", async () => {
    expect((await progress.loadClassProgress(ids.classId, NOW, ids.bo)).learners.map((learner) => learner.userId)).toEqual([ids.bo]);
  });

  it("recomputes a cached class only when a member's data moved", async () => {
    const first = await cached.cachedClassProgress(ids.classId, NOW);
    expect(await cached.cachedClassProgress(ids.classId, NOW)).toBe(first);
    await review(ids.outsider, ids.assigned[1] as string, 1, 0);
    expect(await cached.cachedClassProgress(ids.classId, NOW)).toBe(first);
    await review(ids.bo, ids.assigned[1] as string, 1, 0);
    const second = await cached.cachedClassProgress(ids.classId, NOW);
    expect(second).not.toBe(first);
    expect(second.learners.find((learner) => learner.userId === ids.bo)?.reviews7d).toBe(2);
  });

  it("reads recall exactly as ts-fsrs's forgetting curve with FSRS-6's default parameters", async () => {
    const { forgetting_curve, generatorParameters } = await import("ts-fsrs");
    const weights = generatorParameters().w;
    for (const stability of [0.1, 1, 3.7, 42, 365]) {
      for (const elapsed of [0, 0.5, 1, 10, 100, 1000]) expect(progress.retrievability(stability, elapsed)).toBe(forgetting_curve(weights, elapsed, stability));
    }
  });

  it("reads each learner's heat map with their fitted FSRS parameters, the default curve otherwise, and sees a new fit at once", async () => {
    const { forgetting_curve, generatorParameters } = await import("ts-fsrs");
    const defaults = generatorParameters().w;
    const fitted = [...defaults.slice(0, 20), 0.6];
    const lastReview = new Date(NOW.getTime() - 30 * DAY);
    for (const userId of [ids.ada, ids.bo]) {
      await env.db.cardState.create({ data: { userId, cardId: ids.assigned[0] as string, state: "review", due: NOW, stability: 10, lastReview } });
    }
    const cell = (result: { heatmap: { rows: readonly { userId: string; cells: readonly { mastery: number | null }[] }[] } }, userId: string) =>
      result.heatmap.rows.find((row) => row.userId === userId)?.cells[0]?.mastery;
    const before = await cached.cachedClassProgress(ids.classId, NOW);
    expect(cell(before, ids.ada)).toBeCloseTo(forgetting_curve(defaults, 30, 10), 8);
    await env.db.studySettings.create({ data: { userId: ids.ada, fsrsParameters: JSON.stringify(fitted), parametersFitAt: NOW } });
    for (const result of [await progress.loadClassProgress(ids.classId, NOW), await cached.cachedClassProgress(ids.classId, NOW)]) {
      expect(cell(result, ids.ada)).toBeCloseTo(forgetting_curve(fitted, 30, 10), 8);
      expect(cell(result, ids.bo)).toBeCloseTo(forgetting_curve(defaults, 30, 10), 8);
    }
    expect(forgetting_curve(fitted, 30, 10) - forgetting_curve(defaults, 30, 10)).toBeLessThan(-0.03);
  });

  it("reads recent reviews through the covering index, never the table's rows", async () => {
    const { statement } = await import("@/lib/server/sqlite");
    const plan = statement(`EXPLAIN QUERY PLAN SELECT "cardId", "rating", (CASE WHEN json_valid("stateBefore") THEN json_extract("stateBefore", '$.schedule.state') END) FROM "ReviewLog" INDEXED BY "ReviewLog_class_analytics_idx" WHERE "userId" = ? AND "undoneAt" IS NULL AND "reviewedAt" >= ?`).all(ids.ada, "2000") as { detail: string }[];
    expect(plan.map((row) => row.detail).join(" ")).toMatch(/USING COVERING INDEX ReviewLog_class_analytics_idx/);
  });
});
