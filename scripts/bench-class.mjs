#!/usr/bin/env node
/**
 * `npm run bench:class`: the instructor's class page at scale, against the BUILT app (`npm run build`
 * first). On a fresh database it generates one class of BENCH_LEARNERS learners (default 300), each with
 * BENCH_REVIEWS reviews (default 2,000) over the last year — most on the class's two assigned decks, the
 * rest on decks the class cannot see — and 1–4 attempts on each of the 5 assigned scenarios; plus
 * BENCH_OUTSIDERS learners outside the class with the same history, so the log is larger than the class.
 * Every BENCH_FITTED_EVERY-th learner (default 3) has fitted FSRS parameters of their own, which the
 * heat map reads their recall with.
 * It then times BENCH_REQUESTS sequential requests (default 60) each of GET /api/v1/classes/{id}/progress,
 * the class page and the CSV, and prints p50/p99 and the size it generated. Loopback only; stops by itself.
 */
import bcrypt from "bcryptjs";
import Database from "better-sqlite3";
import { existsSync } from "node:fs";
import path from "node:path";
import { prepareDatabase, root, startServer, testEnv } from "./test-server.mjs";

const setting = (name, fallback) => Number(process.env[name] ?? fallback);
const PORT = setting("BENCH_PORT", 3350);
const LEARNERS = setting("BENCH_LEARNERS", 300);
const OUTSIDERS = setting("BENCH_OUTSIDERS", 100);
const REVIEWS = setting("BENCH_REVIEWS", 2000);
const REQUESTS = setting("BENCH_REQUESTS", 60);
const FITTED_EVERY = setting("BENCH_FITTED_EVERY", 3);
// FSRS-6's default parameters (ts-fsrs default_w); a fitted learner gets their own decay (the last one).
const DEFAULT_W = [0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542];
const PASSWORD = "bench-password-123";
const DAY = 86_400_000;

if (!existsSync(path.join(root, ".next", "BUILD_ID"))) {
  console.error("No production build found (.next/BUILD_ID). Run `npm run build` first, then `npm run bench:class`.");
  process.exit(1);
}
const watchdog = setTimeout(() => {
  console.error("bench:class: giving up after 10 minutes");
  process.exit(2);
}, 600_000);

// A small seeded generator, so every run generates the same class.
let seed = 42;
const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
const pick = (list) => list[Math.floor(random() * list.length)];
const iso = (ms) => new Date(ms).toISOString().replace("Z", "+00:00");

const FAILURES = [
  ["endpoints", "Service has ready endpoints", "Service web selected no pods: its selector app=shop-web matches no pod's labels (the pod template has app=web)."],
  ["reachable", "web answers on port 80", "A request to http://web:80 got no answer: the Service's targetPort 80 is not a port the container listens on (8080)."],
  ["replicas", "three replicas are ready", "Deployment web has 1/3 ready replicas: two pods are Pending (0/4 nodes are available: 3 Insufficient cpu)."],
];

function snapshot(state, now, stability, lapses) {
  return JSON.stringify({
    schedule: { state, due: iso(now + stability * DAY), stability, difficulty: 5.2, elapsedDays: 3, scheduledDays: Math.round(stability), learningSteps: 0, reps: 6, lapses, lastReview: iso(now - 3 * DAY) },
    flags: { suspended: false, buriedUntil: null, leech: false },
  });
}

function generate(databaseFile, now) {
  const db = new Database(databaseFile);
  db.pragma("journal_mode = WAL");
  const decks = db.prepare(`SELECT d."id", COUNT(c."id") AS n FROM "Deck" d JOIN "Card" c ON c."deckId" = d."id" WHERE d."origin" = 'builtin' GROUP BY d."id" ORDER BY n DESC`).all();
  const assignedDecks = decks.slice(0, 2).map((deck) => deck.id);
  const cardsOf = (deckIds) => db.prepare(`SELECT "id" FROM "Card" WHERE "deckId" IN (${deckIds.map(() => "?").join(",")})`).all(...deckIds).map((row) => row.id);
  const assignedCards = cardsOf(assignedDecks);
  const otherCards = cardsOf(decks.slice(2).map((deck) => deck.id));
  const scenarios = db.prepare(`SELECT "id" FROM "Scenario" WHERE "retiredAt" IS NULL ORDER BY "id" LIMIT 5`).all().map((row) => row.id);
  const stamp = iso(now);
  const user = db.prepare(`INSERT INTO "User" ("id", "email", "name", "passwordHash", "role", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const review = db.prepare(`INSERT INTO "ReviewLog" ("id", "clientId", "userId", "cardId", "rating", "reviewedAt", "durationMs", "stateBefore", "stateAfter", "elapsedDays", "scheduledDays") VALUES (?, ?, ?, ?, ?, ?, 4000, ?, ?, 3, 7)`);
  const state = db.prepare(`INSERT INTO "CardState" ("id", "userId", "cardId", "state", "due", "stability", "difficulty", "reps", "lapses", "lastReview", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, 5.2, ?, ?, ?, ?)`);
  const settings = db.prepare(`INSERT INTO "StudySettings" ("userId", "fsrsParameters", "parametersFitAt", "updatedAt") VALUES (?, ?, ?, ?)`);
  const attempt = db.prepare(`INSERT INTO "ScenarioAttempt" ("id", "clientId", "userId", "scenarioId", "answer", "passed", "hintsUsed", "result", "failedChecks", "createdAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const answer = JSON.stringify([{ file: "answer.yaml", text: "apiVersion: apps/v1\nkind: Deployment\n".repeat(30) }]);
  let reviews = 0;
  let attempts = 0;
  const hash = bcrypt.hashSync(PASSWORD, 4);
  const classId = "bench-class";
  db.transaction(() => {
    user.run("bench-instructor", "bench-instructor@example.com", "Bench Instructor", hash, "instructor", stamp, stamp);
    db.prepare(`INSERT INTO "Class" ("id", "name", "joinCode", "ownerId", "createdAt") VALUES (?, 'Bench class', 'BENCHAAA', 'bench-instructor', ?)`).run(classId, stamp);
    db.prepare(`INSERT INTO "ClassInstructor" ("classId", "userId", "role", "addedAt") VALUES (?, 'bench-instructor', 'owner', ?)`).run(classId, stamp);
    const assign = db.prepare(`INSERT INTO "Assignment" ("id", "classId", "deckId", "scenarioId", "dueAt", "introduceAll", "createdAt") VALUES (?, ?, ?, ?, ?, 0, ?)`);
    assignedDecks.forEach((deckId, i) => assign.run(`bench-deck-${i}`, classId, deckId, null, iso(now + 14 * DAY), stamp));
    scenarios.forEach((scenarioId, i) => assign.run(`bench-scenario-${i}`, classId, null, scenarioId, null, stamp));
    for (let u = 0; u < LEARNERS + OUTSIDERS; u += 1) {
      const userId = `bench-learner-${u}`;
      user.run(userId, `${userId}@example.com`, `Learner ${String(u).padStart(3, "0")}`, null, "learner", stamp, stamp);
      if (FITTED_EVERY > 0 && u % FITTED_EVERY === 0) settings.run(userId, JSON.stringify([...DEFAULT_W.slice(0, 20), 0.1 + random() * 0.5]), stamp, stamp);
      if (u < LEARNERS) db.prepare(`INSERT INTO "ClassMember" ("classId", "userId", "joinedAt") VALUES (?, ?, ?)`).run(classId, userId, stamp);
      const last = new Map();
      for (let r = 0; r < REVIEWS; r += 1) {
        const cardId = random() < 0.8 ? pick(assignedCards) : pick(otherCards);
        const at = now - Math.floor(random() * 365 * DAY);
        const before = random() < 0.7 ? "review" : "learning";
        review.run(`${userId}-r${r}`, `${userId}-c${r}`, userId, cardId, random() < 0.15 ? 1 : 3, iso(at), snapshot(before, at, 10, 1), snapshot("review", at, 20, 1), );
        last.set(cardId, Math.max(last.get(cardId) ?? 0, at));
        reviews += 1;
      }
      for (const [cardId, at] of last) {
        const stability = 1 + random() * 60;
        state.run(`${userId}-${cardId}`, userId, cardId, "review", iso(at + stability * DAY), stability, 6, Math.floor(random() * 4), iso(at), stamp);
      }
      for (const scenarioId of scenarios) {
        const tries = 1 + Math.floor(random() * 4);
        const passes = random() < 0.6;
        for (let t = 0; t < tries; t += 1) {
          const passed = passes && t === tries - 1;
          const failed = passed ? [] : [pick(FAILURES)].map(([id, title, message]) => ({ id, title, message }));
          const result = JSON.stringify({ scenario: scenarioId, passed, errors: [], checks: FAILURES.map(([id, title, message]) => ({ id, title, passed: passed || id !== failed[0]?.id, message, trace: Array(20).fill(message) })), events: Array(20).fill({ type: "Normal", reason: "Scheduled", object: "pod/web-1", message: "Successfully assigned", count: 1 }) });
          attempt.run(`${userId}-${scenarioId}-${t}`, `${userId}-${scenarioId}-${t}`, userId, scenarioId, answer, passed ? 1 : 0, Math.floor(random() * 3), result, JSON.stringify(failed), iso(now - (tries - t) * DAY));
          attempts += 1;
        }
      }
    }
  })();
  const windowed = db.prepare(`SELECT COUNT(*) AS n FROM "ReviewLog" WHERE "userId" IN (SELECT "userId" FROM "ClassMember" WHERE "classId" = ?) AND "reviewedAt" >= ?`).get(classId, iso(now - 56 * DAY)).n;
  db.close();
  return { classId, reviews, attempts, windowed, assignedCards: assignedCards.length, scenarios: scenarios.length };
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}

async function signIn(base) {
  const cookies = new Map();
  const request = async (pathname, init = {}) => {
    const headers = new Headers(init.headers);
    if (cookies.size > 0) headers.set("cookie", [...cookies].map(([k, v]) => `${k}=${v}`).join("; "));
    const response = await fetch(`${base}${pathname}`, { ...init, headers, redirect: "manual" });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const at = pair.indexOf("=");
      if (at > 0) cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    return response;
  };
  const { csrfToken } = await (await request("/api/auth/csrf")).json();
  const form = new URLSearchParams({ csrfToken, email: "bench-instructor@example.com", password: PASSWORD, json: "true" });
  // Same-origin, as the sign-in page sends it: next-auth's endpoints refuse a POST from anywhere else.
  const signedIn = await request("/api/auth/callback/credentials", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", origin: new URL(base).origin }, body: form.toString() });
  if (signedIn.status >= 400 || ![...cookies.keys()].some((name) => name.includes("session-token"))) throw new Error(`signing in as the bench instructor failed (${signedIn.status})`);
  return request;
}

async function time(request, pathname, before = () => {}) {
  for (let i = 0; i < 3; i += 1) await (await request(pathname)).arrayBuffer(); // warm up
  const times = [];
  let bytes = 0;
  for (let i = 0; i < REQUESTS; i += 1) {
    before(i);
    const start = performance.now();
    const response = await request(pathname);
    const body = await response.arrayBuffer();
    times.push(performance.now() - start);
    if (response.status !== 200) throw new Error(`GET ${pathname} answered ${response.status}`);
    bytes = body.byteLength;
  }
  times.sort((a, b) => a - b);
  return `p50 ${percentile(times, 50).toFixed(1)} ms, p99 ${percentile(times, 99).toFixed(1)} ms, max ${times.at(-1).toFixed(1)} ms (n=${times.length}, ${(bytes / 1024).toFixed(0)} KB)`;
}

const databaseFile = path.join(root, "prisma", "bench-class.db");
const env = testEnv(PORT, databaseFile);
prepareDatabase(env, databaseFile);
const started = performance.now();
const now = Date.now();
const size = generate(databaseFile, now);
console.log(
  `generated in ${((performance.now() - started) / 1000).toFixed(1)} s: ${LEARNERS} learners in the class (+${OUTSIDERS} outside it), ${size.reviews.toLocaleString("en")} reviews ` +
    `(${REVIEWS} each; ${size.windowed.toLocaleString("en")} of the class's in the last 8 weeks), ${size.attempts.toLocaleString("en")} attempts on ${size.scenarios} scenarios, ${size.assignedCards} assigned cards`,
);
const server = await startServer(PORT, env);
// "Cold": before each request a member's study version moves, as an answer of theirs would, so the app
// computes the class's progress afresh. "Warm": nothing changed since the last request (its cache answers).
const writer = new Database(databaseFile);
const bump = writer.prepare(`UPDATE "StudyVersion" SET "version" = "version" + 1 WHERE "userId" = ?`);
const answered = (i) => bump.run(`bench-learner-${i % LEARNERS}`);
try {
  const request = await signIn(server.url);
  const json = `/api/v1/classes/${size.classId}/progress`;
  const page = `/instructor/classes/${size.classId}`;
  console.log(`GET /api/v1/classes/{id}/progress      cold ${await time(request, json, answered)}`);
  console.log(`GET /instructor/classes/{id} (page)    cold ${await time(request, page, answered)}`);
  console.log(`GET /api/v1/classes/{id}/progress.csv  cold ${await time(request, `${json}.csv`, answered)}`);
  console.log(`GET /api/v1/classes/{id}/progress      warm ${await time(request, json)}`);
  console.log(`GET /instructor/classes/{id} (page)    warm ${await time(request, page)}`);
} finally {
  writer.close();
  await server.stop();
  clearTimeout(watchdog);
}
