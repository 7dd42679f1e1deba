import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/prisma/generated/client";
import { migratedDatabase } from "./migrated-database";
import { migratedPostgresDatabase, TEST_POSTGRES_URL } from "./postgres-database";

/**
 * The class analytics' two forms (lib/server/classes/class-progress-sql.ts on SQLite,
 * class-progress-sql-postgres.ts on PostgreSQL) give the same rows in the same order for one fixture
 * written to both databases with the same ids: window edges to the millisecond, undone and outside
 * answers, snapshots that are not JSON (SQLite's SUM of nothing is NULL), topics of every JSON kind,
 * names whose byte order differs from a dictionary's, tied positions, suspended and unreviewed states,
 * old attempts without a failed-checks summary. Then the PostgreSQL cache (writes by another
 * connection standing for another instance) equals a fresh read after each kind of write.
 */
type Reads = typeof import("@/lib/server/classes/class-progress-reads");
type Sqlite = ReturnType<typeof migratedDatabase>;
type Postgres = Awaited<ReturnType<typeof migratedPostgresDatabase>>;

const NOW = new Date("2026-12-07T12:00:00.000Z");
const DAY = 86_400_000;
const at = (msAgo: number) => new Date(NOW.getTime() - msAgo);
const CLASS = "class-1";
const MEMBERS = ["u-zed", "u-ada", "u-bob", "u-eve"];
const CARDS = ["c-1", "c-2", "c-3", "c-4", "c-5", "c-6", "c-7"];
const snapshot = (state: string) => JSON.stringify({ schedule: { state }, flags: {} });

async function writeFixture(db: PrismaClient): Promise<void> {
  const names = [["u-zed", "Zed"], ["u-ada", "ada"], ["u-bob", "Bob"], ["u-eve", "Émile"], ["u-out", "Outsider"], ["u-teach", "Teacher"]];
  for (const [id, name] of names) await db.user.create({ data: { id: id as string, email: `${id}@example.com`, name: name as string } });
  await db.deck.create({ data: { id: "d-svc", slug: "svc", title: "Services", origin: "builtin", visibility: "public" } });
  await db.deck.create({ data: { id: "d-pod", slug: "pods", title: "pods", origin: "builtin", visibility: "public" } });
  await db.deck.create({ data: { id: "d-mine", slug: "mine", title: "Mine", origin: "imported" } });
  const topics = ['["Selectors"]', "[]", "not json", '["  "]', "[3]", '[{"a":1}]', '[true, "x"]'];
  for (const [n, id] of CARDS.entries()) {
    await db.card.create({ data: { id, deckId: n < 5 ? "d-svc" : "d-pod", key: id, kind: "basic", front: `Front ${n}`, back: "B", topic: topics[n], position: n < 3 ? 0 : n } });
  }
  await db.card.create({ data: { id: "c-retired", deckId: "d-svc", key: "r", kind: "basic", front: "Gone", back: "B", retiredAt: at(DAY) } });
  await db.card.create({ data: { id: "c-mine", deckId: "d-mine", key: "m", kind: "basic", front: "Mine", back: "B" } });
  await db.class.create({ data: { id: CLASS, name: "C", joinCode: "PGCLASS1", ownerId: "u-teach", members: { create: MEMBERS.map((userId) => ({ userId })) } } });
  await db.scenario.create({ data: { id: "expose-web", title: "Expose" } });
  await db.scenario.create({ data: { id: "scale-up", title: "Scale" } });
  await db.assignment.create({ data: { id: "as-1", classId: CLASS, deckId: "d-svc", createdAt: at(3 * DAY) } });
  await db.assignment.create({ data: { id: "as-2", classId: CLASS, deckId: "d-pod", createdAt: at(2 * DAY) } });
  await db.assignment.create({ data: { id: "as-3", classId: CLASS, scenarioId: "scale-up", createdAt: at(DAY) } });
  await db.assignment.create({ data: { id: "as-4", classId: CLASS, scenarioId: "expose-web", createdAt: at(DAY) } });
  let serial = 0;
  const review = async (userId: string, cardId: string, rating: number, msAgo: number, before: string, undone = false) => {
    serial += 1;
    await db.reviewLog.create({
      data: { id: `r-${serial}`, clientId: `r-${serial}`, userId, cardId, rating, reviewedAt: at(msAgo), stateBefore: before, stateAfter: snapshot("review"), undoneAt: undone ? NOW : null },
    });
  };
  const edges = [0, 1, 7 * DAY - 1, 7 * DAY, 7 * DAY + 1, 30 * DAY, 30 * DAY + 1, 55 * DAY, 56 * DAY, 56 * DAY + 1, -1];
  for (const [u, userId] of [...MEMBERS, "u-out"].entries()) {
    for (const [e, msAgo] of edges.entries()) {
      const before = [snapshot("review"), snapshot("learning"), snapshot("new"), "not json", snapshot("relearning")][(u + e) % 5] as string;
      await review(userId, CARDS[(u + e) % CARDS.length] as string, 1 + ((u * 3 + e) % 4), msAgo, before);
    }
    await review(userId, "c-1", 3, DAY, snapshot("review"), true);
    await review(userId, "c-mine", 1, DAY, snapshot("review"));
    await review(userId, "c-retired", 1, DAY, snapshot("review"));
  }
  await review("u-eve", "c-6", 3, 2 * DAY, "{}"); // a card of Eve's with no state in a snapshot: NULL sums
  for (const [u, userId] of [...MEMBERS, "u-out"].entries()) {
    for (const [n, cardId] of CARDS.slice(0, 4 + u).entries()) {
      await db.cardState.create({
        data: {
          id: `cs-${userId}-${cardId}`, userId, cardId, state: ["new", "learning", "review", "relearning"][(u + n) % 4] as string, due: at(-(n + u) * DAY),
          stability: 0.5 + n * 1.25 + u, lapses: n % 3, lastReview: n === 0 ? null : at(n * DAY + u), suspended: (u + n) % 5 === 0,
        },
      });
    }
  }
  const failed = (id: string, message: string) => JSON.stringify([{ id, title: `Check ${id}`, message }]);
  const attempts: [string, string, boolean, number, string | null, string][] = [
    ["u-zed", "expose-web", false, 50, failed("endpoints", "selected no pods"), "{}"],
    ["u-zed", "expose-web", true, 40, "[]", "{}"],
    ["u-ada", "expose-web", false, 30, null, JSON.stringify({ checks: [{ id: "endpoints", title: "Check endpoints", passed: false, message: "wrong port" }], errors: [] })],
    ["u-bob", "scale-up", false, 20, failed("replicas", "2 of 3 ready"), "{}"],
    ["u-bob", "scale-up", true, 10, "[]", "{}"],
    ["u-out", "expose-web", false, 5, failed("endpoints", "outsider"), "{}"],
  ];
  for (const [n, [userId, scenarioId, passed, minutesAgo, failedChecks, result]] of attempts.entries()) {
    await db.scenarioAttempt.create({ data: { id: `at-${n}`, clientId: `at-${n}`, userId, scenarioId, answer: "[]", passed, hintsUsed: n % 3, failedChecks, result, createdAt: at(minutesAgo * 60_000) } });
  }
  await db.studySettings.create({ data: { userId: "u-bob", fsrsParameters: JSON.stringify(Array.from({ length: 21 }, (_, n) => 0.1 + n / 10)), parametersFitAt: NOW } });
}

describe.skipIf(!TEST_POSTGRES_URL)("class analytics on SQLite and PostgreSQL (KUBEDECK_TEST_POSTGRES_URL)", () => {
  let sqlite: Sqlite;
  let postgres: Postgres;
  let reads: Reads;
  const scopes = [{ classId: CLASS, learnerId: null }, { classId: CLASS, learnerId: "u-eve" }, { classId: CLASS, learnerId: "u-out" }, { classId: "no-class", learnerId: null }];

  beforeAll(async () => {
    sqlite = migratedDatabase("class-progress-both");
    postgres = await migratedPostgresDatabase("class_progress_both");
    await writeFixture(sqlite.db);
    await writeFixture(postgres.db);
    reads = await import("@/lib/server/classes/class-progress-reads");
    // Each form's connection opens on its first read, for the URL of that moment; both then stay open.
    process.env.DATABASE_URL = sqlite.url;
    await reads.sqliteClassReads.assignedScenarioIds(CLASS);
    process.env.DATABASE_URL = postgres.url;
  }, 60_000);

  afterAll(async () => {
    await postgres?.dispose();
    await sqlite?.dispose();
  });

  it("reads the same rows in the same order, for the class, one learner, an outsider and no class", async () => {
    const { sqliteClassReads: lite, postgresClassReads: pg } = reads;
    for (const scope of scopes) {
      expect(await pg.learners(scope)).toEqual(await lite.learners(scope));
      expect(await pg.fittedParameters(scope)).toEqual(await lite.fittedParameters(scope));
      expect(await pg.reviewTallies(scope, NOW)).toEqual(await lite.reviewTallies(scope, NOW));
      expect(await pg.weekTallies(scope, NOW)).toEqual(await lite.weekTallies(scope, NOW));
      const byKey = <T extends { userId: string }>(rows: T[], key: (row: T) => string) => [...rows].sort((a, b) => key(a).localeCompare(key(b)));
      expect(byKey(await pg.cardStates(scope), (row) => `${row.userId} ${row.cardId}`)).toEqual(byKey(await lite.cardStates(scope), (row) => `${row.userId} ${row.cardId}`));
      expect(byKey(await pg.attempts(scope), (row) => `${row.userId} ${row.createdAt.toISOString()}`)).toEqual(byKey(await lite.attempts(scope), (row) => `${row.userId} ${row.createdAt.toISOString()}`));
      expect((await pg.memberVersions(scope)).map(([userId]) => userId)).toEqual((await lite.memberVersions(scope)).map(([userId]) => userId));
    }
    expect(await pg.assignedCards(CLASS)).toEqual(await lite.assignedCards(CLASS));
    expect(await pg.assignedScenarioIds(CLASS)).toEqual(["scale-up", "expose-web"]);
    expect(await lite.assignedScenarioIds(CLASS)).toEqual(["scale-up", "expose-web"]);
  });

  it("is not comparing empty reads: the fixture reaches every kind of row and edge", async () => {
    const { postgresClassReads: pg } = reads;
    const scope = scopes[0] as (typeof scopes)[number];
    const learners = await pg.learners(scope);
    expect(learners.map((learner) => learner.name)).toEqual(["Bob", "Zed", "ada", "Émile"]);
    const topics = (await pg.assignedCards(CLASS)).map((card) => card.topic);
    // Byte order, as SQLite's: "Services" before "pods".
    expect(topics).toEqual(["Selectors", "Services", "Services", "Services", "3", '{"a":1}', "1"]);
    const tallies = await pg.reviewTallies(scope, NOW);
    expect(tallies.some((tally) => tally.retentionReviews30d === null)).toBe(true);
    expect(tallies.reduce((sum, tally) => sum + tally.reviews30d, 0)).toBe(4 * 6 + 1);
    expect(tallies.reduce((sum, tally) => sum + tally.reviews7d, 0)).toBe(4 * 4 + 1);
    expect((await pg.weekTallies(scope, NOW)).reduce((sum, week) => sum + week.reviews, 0)).toBe(4 * 9 + 1);
    expect((await pg.cardStates(scope)).filter((state) => state.suspended && state.lastReview === null)).toHaveLength(1);
    expect((await pg.attempts(scope)).find((attempt) => attempt.userId === "u-ada")?.failedChecks).toEqual([{ id: "endpoints", title: "Check endpoints", message: "wrong port" }]);
  });

  it("computes the same class progress from either form", async () => {
    const progress = await import("@/lib/server/classes/load-class-progress");
    for (const learnerId of [null, "u-bob"]) {
      const onPostgres = await progress.loadClassProgress(CLASS, NOW, learnerId, reads.postgresClassReads);
      expect(onPostgres).toEqual(await progress.loadClassProgress(CLASS, NOW, learnerId, reads.sqliteClassReads));
      expect(onPostgres.learners.length).toBe(learnerId === null ? 4 : 1);
    }
  });

  it("keeps the cached progress on PostgreSQL equal to a fresh read after writes by another instance", async () => {
    const progress = await import("@/lib/server/classes/load-class-progress");
    const cached = await import("@/lib/server/classes/cached-class-progress");
    const { db } = postgres;
    const expectFresh = async (now = NOW) => {
      for (const learnerId of [null, "u-ada"]) expect(await cached.cachedClassProgress(CLASS, now, learnerId)).toEqual(await progress.loadClassProgress(CLASS, now, learnerId));
    };
    await expectFresh();
    const first = await cached.cachedClassProgress(CLASS, NOW);
    expect(await cached.cachedClassProgress(CLASS, NOW)).toBe(first);
    await db.reviewLog.create({ data: { id: "r-new", clientId: "r-new", userId: "u-ada", cardId: "c-2", rating: 1, reviewedAt: NOW, stateBefore: snapshot("review"), stateAfter: snapshot("review") } });
    const second = await cached.cachedClassProgress(CLASS, NOW);
    expect(second).not.toBe(first);
    await expectFresh();
    await db.reviewLog.update({ where: { id: "r-new" }, data: { undoneAt: NOW } });
    await expectFresh();
    await db.cardState.update({ where: { id: "cs-u-zed-c-1" }, data: { stability: 99, suspended: true } });
    await expectFresh();
    await db.scenarioAttempt.create({ data: { id: "at-new", clientId: "at-new", userId: "u-eve", scenarioId: "expose-web", answer: "[]", passed: false, failedChecks: "[]", createdAt: NOW } });
    await expectFresh();
    await db.scenarioAttempt.delete({ where: { id: "at-new" } });
    await expectFresh();
    await db.classMember.delete({ where: { classId_userId: { classId: CLASS, userId: "u-zed" } } });
    await db.classMember.create({ data: { classId: CLASS, userId: "u-out" } });
    await expectFresh();
    await db.assignment.delete({ where: { id: "as-2" } });
    await expectFresh();
    await db.card.update({ where: { id: "c-2" }, data: { topic: '["Ports"]' } });
    await expectFresh();
    await expectFresh(new Date(NOW.getTime() + 3 * DAY));
  });
});
