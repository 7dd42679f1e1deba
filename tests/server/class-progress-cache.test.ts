import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migratedDatabase } from "./migrated-database";

/**
 * The cached class progress (members' rows cached per member, validated by their StudyVersion and
 * attempts) equals a fresh computation after every kind of write another connection makes: reviews,
 * undo, card states, attempts, members joining and leaving, assignments, and the clock moving on.
 * Enough members that the first read is class-wide and later ones per member.
 */
let env: ReturnType<typeof migratedDatabase>;
let other: Database.Database;
let progress: typeof import("@/lib/server/classes/load-class-progress");
let cached: typeof import("@/lib/server/classes/cached-class-progress");
const NOW = new Date();
const DAY = 86_400_000;
const MEMBERS = 20;
const ids = { classId: "", deck: "", deck2: "", cards: [] as string[], cards2: [] as string[], users: [] as string[], scenario: "" };
let serial = 0;
const iso = (ms: number) => new Date(ms).toISOString();
const snapshot = (state: string) => JSON.stringify({ schedule: { state, due: NOW.toISOString() }, flags: {} });

function review(userId: string, cardId: string, rating: number, daysAgo: number): string {
  serial += 1;
  const id = `rev-${serial}`;
  other.prepare(`INSERT INTO "ReviewLog" ("id", "clientId", "userId", "cardId", "rating", "reviewedAt", "durationMs", "stateBefore", "stateAfter", "elapsedDays", "scheduledDays") VALUES (?, ?, ?, ?, ?, ?, 1000, ?, ?, 1, 1)`)
    .run(id, id, userId, cardId, rating, iso(NOW.getTime() - daysAgo * DAY), snapshot(serial % 3 === 0 ? "learning" : "review"), snapshot("review"));
  return id;
}

function cardState(userId: string, cardId: string, stability: number, lapses: number) {
  serial += 1;
  other.prepare(`INSERT INTO "CardState" ("id", "userId", "cardId", "state", "due", "stability", "lapses", "lastReview", "updatedAt") VALUES (?, ?, ?, 'review', ?, ?, ?, ?, ?)
    ON CONFLICT ("userId", "cardId") DO UPDATE SET "stability" = excluded."stability", "lapses" = excluded."lapses", "due" = excluded."due"`)
    .run(`cs-${serial}`, userId, cardId, iso(NOW.getTime() + stability * DAY), stability, lapses, iso(NOW.getTime() - 2 * DAY), iso(NOW.getTime()));
}

function attempt(userId: string, passed: boolean, check: string) {
  serial += 1;
  other.prepare(`INSERT INTO "ScenarioAttempt" ("id", "clientId", "userId", "scenarioId", "answer", "passed", "hintsUsed", "result", "failedChecks", "createdAt") VALUES (?, ?, ?, ?, '[]', ?, 1, '{}', ?, ?)`)
    .run(`att-${serial}`, `att-${serial}`, userId, ids.scenario, passed ? 1 : 0, passed ? "[]" : JSON.stringify([{ id: check, title: check, message: `${check} failed` }]), iso(NOW.getTime() - serial * 1000));
}

const user = (n: number) => ids.users[n] as string;
const card = (n: number) => ids.cards[n % ids.cards.length] as string;

async function expectCachedEqualsFresh(at = NOW) {
  expect(await cached.cachedClassProgress(ids.classId, at)).toEqual(await progress.loadClassProgress(ids.classId, at));
  expect(await cached.cachedClassProgress(ids.classId, at, user(1))).toEqual(await progress.loadClassProgress(ids.classId, at, user(1)));
}

beforeAll(async () => {
  env = migratedDatabase("class-progress-cache");
  process.env.DATABASE_URL = env.url;
  const { db } = env;
  ids.deck = (await db.deck.create({ data: { slug: "svc", title: "Services", origin: "builtin", visibility: "public" } })).id;
  ids.deck2 = (await db.deck.create({ data: { slug: "pods", title: "Pods", origin: "builtin", visibility: "public" } })).id;
  for (let n = 0; n < 6; n += 1) ids.cards.push((await db.card.create({ data: { deckId: ids.deck, key: `k${n}`, kind: "basic", front: `Front ${n}`, back: "B", topic: `["T${n % 2}"]` } })).id);
  for (let n = 0; n < 3; n += 1) ids.cards2.push((await db.card.create({ data: { deckId: ids.deck2, key: `p${n}`, kind: "basic", front: `Pod ${n}`, back: "B" } })).id);
  for (let n = 0; n < MEMBERS + 2; n += 1) ids.users.push((await db.user.create({ data: { email: `u${n}@example.com`, name: `User ${String(n).padStart(2, "0")}` } })).id);
  const owner = (await db.user.create({ data: { email: "teacher@example.com", name: "Teacher" } })).id;
  const created = await db.class.create({ data: { name: "C", joinCode: "CACHEABC", ownerId: owner, members: { create: ids.users.slice(0, MEMBERS).map((userId) => ({ userId })) } } });
  ids.classId = created.id;
  ids.scenario = (await db.scenario.create({ data: { id: "expose-web", title: "Expose" } })).id;
  await db.assignment.create({ data: { classId: created.id, deckId: ids.deck } });
  await db.assignment.create({ data: { classId: created.id, scenarioId: ids.scenario } });
  other = new Database(env.url.replace(/^file:/, ""));
  other.pragma("busy_timeout = 5000");
  for (let u = 0; u < MEMBERS + 2; u += 1) {
    for (let r = 0; r < 12; r += 1) review(user(u), card(u + r), r % 4 === 0 ? 1 : 3, (u * 7 + r * 5) % 60);
    for (let c = 0; c < 4; c += 1) cardState(user(u), card(u + c), 1 + ((u + c) % 9), c % 3);
    attempt(user(u), u % 3 === 0, u % 2 === 0 ? "endpoints" : "replicas");
  }
  progress = await import("@/lib/server/classes/load-class-progress");
  cached = await import("@/lib/server/classes/cached-class-progress");
});

afterAll(async () => {
  other.close();
  await env.dispose();
});

describe("cached class progress after writes by another connection", () => {
  it("equals a fresh computation after each kind of write", async () => {
    await expectCachedEqualsFresh();
    review(user(1), card(0), 1, 0);
    await expectCachedEqualsFresh();
    const undone = review(user(2), card(1), 3, 1);
    await expectCachedEqualsFresh();
    other.prepare(`UPDATE "ReviewLog" SET "undoneAt" = ? WHERE "id" = ?`).run(iso(NOW.getTime()), undone);
    await expectCachedEqualsFresh();
    cardState(user(3), card(5), 40, 2);
    cardState(user(1), card(2), 0.5, 5);
    await expectCachedEqualsFresh();
    attempt(user(4), false, "reachable");
    attempt(user(1), true, "");
    await expectCachedEqualsFresh();
    other.prepare(`DELETE FROM "ClassMember" WHERE "classId" = ? AND "userId" = ?`).run(ids.classId, user(5));
    other.prepare(`INSERT INTO "ClassMember" ("classId", "userId", "joinedAt") VALUES (?, ?, ?)`).run(ids.classId, user(MEMBERS), iso(NOW.getTime()));
    await expectCachedEqualsFresh();
    await env.db.assignment.create({ data: { classId: ids.classId, deckId: ids.deck2 } });
    for (const [n, cardId] of ids.cards2.entries()) review(user(n), cardId, 1, 2);
    await expectCachedEqualsFresh();
    for (let u = 0; u < MEMBERS; u += 1) review(user(u), card(u), 3, 0); // every member at once: the class-wide read
    await expectCachedEqualsFresh();
  });

  it("re-counts the moving windows when the minute turns, with no write at all", async () => {
    const later = new Date(NOW.getTime() + 6 * DAY);
    await expectCachedEqualsFresh(later);
    review(user(7), card(3), 1, -6);
    await expectCachedEqualsFresh(later);
  });

  it("serves the same object while nothing changed, and a new one after a single member's write", async () => {
    const first = await cached.cachedClassProgress(ids.classId, NOW);
    expect(await cached.cachedClassProgress(ids.classId, NOW)).toBe(first);
    review(user(MEMBERS + 1), card(0), 1, 0); // not a member
    expect(await cached.cachedClassProgress(ids.classId, NOW)).toBe(first);
    attempt(user(6), false, "endpoints");
    const second = await cached.cachedClassProgress(ids.classId, NOW);
    expect(second).not.toBe(first);
    expect(second).toEqual(await progress.loadClassProgress(ids.classId, NOW));
  });
});
