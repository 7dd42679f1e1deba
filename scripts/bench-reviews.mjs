#!/usr/bin/env node
/**
 * `npm run bench:reviews`: load benchmark of the study loop against the BUILT app (run `npm run build`
 * first). Starts the app on loopback with a fresh database, then
 *  1. signs in BENCH_LEARNERS generated learners (default 150) and submits reviews (POST /api/reviews, a
 *     fresh clientId each, the next card from the answer's queue) over BENCH_CONCURRENCY connections
 *     (default 50; each connection studies as its next learner once one has nothing left today), twice
 *     for BENCH_SECONDS: (a) saturation, each connection sending as soon as it has its answer, and
 *     (b) an offered load of BENCH_RATE reviews/s (default 500) on a timetable; each prints reviews/s,
 *     p50/p99 latency and the app's CPU time per review;
 *  2. seeds one learner with BENCH_HISTORY simulated reviews (the real scheduler, a year of study,
 *     bulk-inserted with Prisma createMany) and times GET /api/study (next card), GET /api/progress
 *     and GET /progress over BENCH_REQUESTS sequential requests each.
 * BENCH_SATURATION=0 skips phase 1(a). BENCH_PROFILE_DIR=dir also writes CPU profiles of the app. Loopback only, bounded in count and time; stops the app and exits by itself.
 * BENCH_DATABASE=postgresql: the same load on PostgreSQL (a throw-away server, scripts/postgres-server.mjs,
 * on BENCH_PORT + 9) with two app instances (BENCH_PORT and BENCH_PORT + 1, BENCH_WORKERS worker processes
 * each, default 1), the connections split between them as a load balancer would; phase 2 is skipped there.
 * It also prints PostgreSQL's own CPU per review; BENCH_PG_STATEMENTS=1 adds statements per review
 * (pg_stat_statements), BENCH_PG_DURABLE=1 runs the server durable (fsync, synchronous_commit on),
 * BENCH_PG_POOL=N sets each process's pool size, BENCH_PG_SOCKET=1 connects through the server's Unix
 * socket instead of TCP, and BENCH_STICKY=0 sends each request to the next
 * instance in turn (no session affinity) instead of keeping each learner on one instance.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { register } from "tsx/esm/api";
import { benchPostgresSettings, postgresStats } from "./bench-postgres-stats.mjs";
import { startPostgresServer } from "./postgres-server.mjs";
import { prepareDatabase, preparePostgresDatabase, root, startServer, testEnv } from "./test-server.mjs";

const setting = (name, fallback) => Number(process.env[name] ?? fallback);
const PORT = setting("BENCH_PORT", 3500);
// Three learners per connection: a connection moves on to its next learner when one has nothing left to
// study today (515 built-in cards last a learner about 900 answers), so a fast run never runs dry.
const LEARNERS = setting("BENCH_LEARNERS", 150);
const CONCURRENCY = setting("BENCH_CONCURRENCY", 50);
const SECONDS = setting("BENCH_SECONDS", 20);
const SATURATION = process.env.BENCH_SATURATION !== "0";
const RATE = setting("BENCH_RATE", 500);
const HISTORY = setting("BENCH_HISTORY", 10_000);
const REQUESTS = setting("BENCH_REQUESTS", 200);
const PASSWORD = "bench-password-123";
const BASE = `http://127.0.0.1:${PORT}`;
const ON_POSTGRES = process.env.BENCH_DATABASE === "postgresql";
/** The instances the connections are spread over: one, or two on PostgreSQL. */
const BASES = ON_POSTGRES ? [BASE, `http://127.0.0.1:${PORT + 1}`] : [BASE];
// BENCH_STICKY=0: each request goes to the next instance in turn (a load balancer without session
// affinity, Kubernetes' default), so every answer finds the other instance's copy of the learner stale.
const STICKY = process.env.BENCH_STICKY !== "0";
let sessionsMade = 0;
/** PostgreSQL's CPU and statements per review (./bench-postgres-stats.mjs), on PostgreSQL only. */
let pgStats = null;

const distDir = process.env.NEXT_DIST_DIR ?? ".next";
if (!existsSync(path.join(root, distDir, "BUILD_ID")) || !existsSync(path.join(root, distDir, "direct-routes.mjs"))) {
  console.error(`No complete production build found (${distDir}/BUILD_ID or ${distDir}/direct-routes.mjs is missing). Run \`npm run build\` first, then \`npm run bench:reviews\`.`);
  process.exit(1);
}
const watchdog = setTimeout(() => {
  console.error("bench: giving up after 10 minutes");
  process.exit(2);
}, 600_000);

/**
 * A cookie-keeping client that signs in through next-auth's credentials callback. Like a browser tab,
 * each learner has its own kept-alive connection (node:http, one socket), so "50 connections" means
 * 50 learners each on their own socket rather than one pool shared by all of them.
 */
class Session {
  cookies = new Map();
  first = sessionsMade++;
  sent = 0;
  agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  get base() {
    return BASES[(this.first + (STICKY ? 0 : this.sent)) % BASES.length];
  }
  async request(pathname, init = {}) {
    // Same-origin, as the app's own pages send it (state-changing requests without it are refused).
    const base = this.base;
    this.sent += 1;
    const headers = { origin: new URL(base).origin, ...(init.headers ?? {}) };
    if (this.cookies.size > 0) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    const send = () => this.send(`${base}${pathname}`, init.method ?? "GET", headers, init.body);
    // A keep-alive socket the server closed while we were busy seeding fails once: retry a GET.
    const response = await send().catch((error) => ((init.method ?? "GET") === "GET" ? send() : Promise.reject(error)));
    for (const cookie of response.setCookies) {
      const pair = cookie.split(";")[0] ?? "";
      const at = pair.indexOf("=");
      if (at > 0) this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    return response;
  }
  send(url, method, headers, body) {
    return new Promise((resolve, reject) => {
      const request = http.request(url, { method, headers, agent: this.agent }, (response) => {
        const chunks = [];
        response.on("data", (chunk) => chunks.push(chunk));
        response.on("error", reject);
        response.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          const status = response.statusCode ?? 0;
          resolve({ status, ok: status >= 200 && status < 300, setCookies: response.headers["set-cookie"] ?? [], text, json: async () => JSON.parse(text) });
        });
      });
      request.on("error", reject);
      request.end(body);
    });
  }
  json(pathname, method, body) {
    return this.request(pathname, { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  }
  async signUpAndIn(email) {
    const created = await this.json("/api/signup", "POST", { name: "Bench", email, password: PASSWORD });
    if (created.status !== 201) throw new Error(`sign-up of ${email} answered ${created.status}`);
    const { csrfToken } = await (await this.request("/api/auth/csrf")).json();
    const form = new URLSearchParams({ csrfToken, email, password: PASSWORD, json: "true" });
    await this.request("/api/auth/callback/credentials", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: form.toString() });
    const session = await (await this.request("/api/auth/session")).json();
    if (session.user?.email !== email) throw new Error(`sign-in of ${email} failed`);
  }
}

function percentile(sorted, p) {
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function summary(latencies) {
  const sorted = [...latencies].sort((a, b) => a - b);
  return `p50 ${percentile(sorted, 50).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms, max ${sorted.at(-1)?.toFixed(1)} ms (n=${sorted.length})`;
}

async function inBatches(items, size, task) {
  const results = [];
  for (let i = 0; i < items.length; i += size) results.push(...(await Promise.all(items.slice(i, i + size).map(task))));
  return results;
}

function rating() {
  const r = Math.random();
  return r < 0.08 ? 1 : r < 0.18 ? 2 : r < 0.92 ? 3 : 4;
}

async function reviewLoad() {
  console.log(`\n== ${LEARNERS} learners, ${CONCURRENCY} connections, twice ${SECONDS} s of POST /api/reviews`);
  const learners = await inBatches(Array.from({ length: LEARNERS }, (_, i) => i), 5, async (i) => {
    const session = new Session();
    await session.signUpAndIn(`bench-${i}-${Date.now()}@example.com`);
    // A big daily allowance so no learner runs out of cards within the run.
    const settings = { desiredRetention: 0.9, newCardsPerDay: 1000, maxReviewsPerDay: 10000, timeZone: "UTC", leechThreshold: 8, leechAction: "suspend" };
    if ((await session.json("/api/settings", "PUT", settings)).status !== 200) throw new Error("PUT /api/settings failed");
    const queue = await (await session.request("/api/study")).json();
    return { session, cardId: queue.next?.card.id ?? null };
  });
  if (SATURATION) await closedLoop(learners);
  await openLoop(learners);
}

/** Reviews as fast as the app answers: each connection sends its next review when the last is answered. */
async function closedLoop(learners) {
  console.log(`-- saturation: each of ${CONCURRENCY} connections sends its next review as soon as the last is answered`);
  const run = await measure(learners, async (nextLearner, deadline, record) => {
    for (let learner = nextLearner(); learner && performance.now() < deadline; learner = nextLearner()) {
      const t = performance.now();
      await review(learner, record, t);
    }
  });
  console.log(`reviews recorded: ${run.recorded} in ${run.seconds.toFixed(1)} s = ${(run.recorded / run.seconds).toFixed(0)} reviews/s; statuses ${run.statuses}${run.cpu}`);
  console.log(`POST /api/reviews latency: ${summary(run.latencies)} (with every connection always waiting, latency ≈ connections ÷ throughput)`);
}

/**
 * Reviews at a fixed offered rate (BENCH_RATE per second over all connections, each connection on its
 * own timetable): the question "does the app keep up with this many learners, and how fast does each
 * answer come back". Latency counts from the moment a review was due to be sent, so a stalled
 * connection's backlog shows in the figures instead of hiding (no coordinated omission).
 */
async function openLoop(learners) {
  console.log(`-- offered load: ${RATE} reviews/s spread over ${CONCURRENCY} connections (${(RATE / CONCURRENCY).toFixed(1)}/s each)`);
  const gap = (1000 * CONCURRENCY) / RATE;
  const run = await measure(learners, async (nextLearner, deadline, record, worker) => {
    let due = performance.now() + (worker * gap) / CONCURRENCY;
    // Stops at the deadline even when behind: what was not sent by then shows as the shortfall in reviews/s.
    for (let learner = nextLearner(); learner && due < deadline && performance.now() < deadline; learner = nextLearner()) {
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      await review(learner, record, due);
      due += gap;
    }
  });
  console.log(`reviews recorded: ${run.recorded} in ${run.seconds.toFixed(1)} s = ${(run.recorded / run.seconds).toFixed(0)} reviews/s of ${RATE} offered; statuses ${run.statuses}${run.cpu}`);
  console.log(`POST /api/reviews latency: ${summary(run.latencies)}`);
  console.log(`p99 of each second (ms): ${run.perSecond}`);
}

async function review(learner, record, since) {
  const response = await learner.session.json("/api/reviews", "POST", { clientId: crypto.randomUUID(), cardId: learner.cardId, rating: rating(), durationMs: 3000 });
  const body = await response.json();
  record(response.status, performance.now() - since, since);
  learner.cardId = response.ok ? (body.queue?.next?.card.id ?? null) : learner.cardId;
}

async function measure(learners, drive) {
  const latencies = [];
  const statuses = new Map();
  const started = performance.now();
  // Latencies by the second their review was due in, so a tail can be told from one stall (e.g. a major GC).
  const bySecond = [];
  const record = (status, ms, due) => {
    latencies.push(ms);
    (bySecond[Math.max(0, Math.floor((due - started) / 1000))] ??= []).push(ms);
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
  };
  await pgStats?.start();
  const cpu0 = serverCpuSeconds();
  const client0 = process.cpuUsage();
  const deadline = started + SECONDS * 1000;
  // Connection w studies as learners w, w + CONCURRENCY, …: the first of them with a card left.
  const seats = Array.from({ length: CONCURRENCY }, (_, worker) => learners.filter((_, i) => i % CONCURRENCY === worker % learners.length));
  await Promise.all(seats.map((seat, worker) => drive(() => seat.find((learner) => learner.cardId) ?? null, deadline, record, worker)));
  const seconds = (performance.now() - started) / 1000;
  const recorded = statuses.get(201) ?? 0;
  const cpuSeconds = serverCpuSeconds() - cpu0;
  const client = process.cpuUsage(client0);
  const clientCores = (client.user + client.system) / 1e6 / seconds;
  const cpu = Number.isFinite(cpuSeconds) && recorded > 0
    ? `; app CPU ${cpuSeconds.toFixed(1)} s = ${((cpuSeconds * 1000) / recorded).toFixed(2)} ms per review, ${(cpuSeconds / seconds).toFixed(2)} cores (this client ${clientCores.toFixed(2)} cores)`
    : "";
  if (pgStats && recorded > 0) for (const line of await pgStats.report(recorded, seconds)) console.log(line);
  // The machine is shared: the load average beside each figure says how much else was running.
  console.log(`machine: ${os.cpus().length} cores, load average ${os.loadavg().map((value) => value.toFixed(2)).join(" ")} (1, 5, 15 min) after the phase`);
  const perSecond = bySecond.map((list) => percentile([...list].sort((a, b) => a - b), 99).toFixed(0)).join(" ");
  const left = learners.filter((learner) => learner.cardId).length;
  const statusText = `${JSON.stringify(Object.fromEntries(statuses))}; ${left} of ${learners.length} learners have cards left`;
  return { latencies, recorded, seconds, statuses: statusText, cpu, perSecond };
}

/** CPU seconds used so far by the app's processes (those started with PORT=BENCH_PORT); NaN off Linux. */
function serverCpuSeconds() {
  if (!existsSync("/proc/self/stat")) return NaN;
  const ticksPerSecond = 100;
  let ticks = 0;
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const environ = readFileSync(`/proc/${pid}/environ`, "latin1").split("\0");
      if (!BASES.some((base) => environ.includes(`PORT=${new URL(base).port}`))) continue;
      const fields = readFileSync(`/proc/${pid}/stat`, "latin1").split(") ")[1].split(" ");
      ticks += Number(fields[11]) + Number(fields[12]); // utime and stime, fields 14 and 15 of stat
    } catch {
      // the process ended, or is not ours to read
    }
  }
  return ticks / ticksPerSecond;
}

/** A year of study by one learner, simulated with the app's own scheduler and snapshot format. */
async function seedHistory(userId, env) {
  process.env.DATABASE_URL = env.DATABASE_URL;
  register();
  const { createPrismaClient } = await import("../lib/server/prisma-client.ts");
  const { createScheduler, newCard } = await import("../lib/srs/index.ts");
  const { snapshotOf, rowFromSrsCard } = await import("../lib/server/study/srs-records.ts");
  const db = createPrismaClient();
  try {
    const cardIds = (await db.card.findMany({ where: { retiredAt: null }, orderBy: [{ deckId: "asc" }, { position: "asc" }], select: { id: true } })).map((c) => c.id);
    const scheduler = createScheduler({ desiredRetention: 0.95 });
    const DAY = 86_400_000;
    const end = Date.now() - 60_000;
    const start = end - 365 * DAY;
    const cards = new Map();
    const logs = [];
    let introduced = 0;
    for (let day = 0; day < 365 && logs.length < HISTORY; day += 1) {
      let t = start + day * DAY + 8 * 3_600_000 + Math.random() * 3_600_000;
      for (let i = 0; i < 6 && introduced < cardIds.length; i += 1) cards.set(cardIds[introduced], newCard(cardIds[introduced++], new Date(t)));
      for (let pass = 0; pass < 6 && logs.length < HISTORY; pass += 1) {
        for (const [id, card] of cards) {
          if (card.schedule.due.getTime() > t || card.flags.suspended || logs.length >= HISTORY) continue;
          const answer = rating();
          const { card: after, log } = scheduler.review(card, answer, new Date(t));
          logs.push({
            id: `bench-${userId}-${logs.length}`, clientId: `bench-${userId}-${logs.length}`, userId, cardId: id, rating: answer, reviewedAt: new Date(t), durationMs: 4000,
            stateBefore: snapshotOf(card), stateAfter: snapshotOf(after), elapsedDays: log.elapsedDays, scheduledDays: log.scheduledDays,
          });
          cards.set(id, after);
          t += 8_000;
        }
        t += 11 * 60_000;
      }
    }
    for (let i = 0; i < logs.length; i += 2000) await db.reviewLog.createMany({ data: logs.slice(i, i + 2000) });
    await db.cardState.createMany({ data: [...cards.values()].map((card) => ({ userId, cardId: card.id, ...rowFromSrsCard(card), version: 1 })) });
    console.log(`seeded ${logs.length} reviews of ${cards.size} cards over a year`);
  } finally {
    await db.$disconnect();
  }
}

async function time(session, pathname) {
  const latencies = [];
  for (let i = 0; i < REQUESTS; i += 1) {
    const t = performance.now();
    const response = await session.request(pathname);
    if (response.status !== 200) throw new Error(`GET ${pathname} answered ${response.status}`);
    latencies.push(performance.now() - t);
  }
  console.log(`GET ${pathname}: ${summary(latencies)}`);
}

async function historyLoad(env) {
  console.log(`\n== one learner with ${HISTORY} reviews, ${REQUESTS} sequential requests per page`);
  const session = new Session();
  const email = `bench-history-${Date.now()}@example.com`;
  await session.signUpAndIn(email);
  const me = await (await session.request("/api/me")).json();
  await seedHistory(me.user.id, env);
  for (const pathname of ["/api/study", "/api/progress", "/progress"]) {
    await session.request(pathname); // warm up
    await time(session, pathname);
  }
}

// Outside the working tree: a throw-away database that needs no .gitignore entry.
const databaseFile = path.join(os.tmpdir(), `kubedeck-bench-${process.pid}`, "bench.db");
mkdirSync(path.dirname(databaseFile), { recursive: true });
const env = testEnv(PORT, databaseFile);
// BENCH_PROFILE_DIR=dir writes V8 CPU profiles of the app's processes there (open them in Chrome's DevTools).
const profileDir = process.env.BENCH_PROFILE_DIR;
const nodeArgs = profileDir ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(profileDir)}`] : [];
let postgres;
const servers = [];
try {
  if (ON_POSTGRES) {
    postgres = await startPostgresServer(PORT + 9, benchPostgresSettings());
    const workers = { WEB_CONCURRENCY: process.env.BENCH_WORKERS ?? "1" };
    console.log(`bench: PostgreSQL at ${postgres.url}; two instances of the built app on ${BASES.join(" and ")} (${workers.WEB_CONCURRENCY} worker(s) each)`);
    await preparePostgresDatabase(env, postgres.url, "kubedeck_bench");
    // BENCH_PG_POOL=N: each process's pools (the app's and Prisma's) of N connections (?connection_limit=N, default 5).
    // BENCH_PG_SOCKET=1: the instances reach the server through its Unix socket instead of TCP on 127.0.0.1.
    if (process.env.BENCH_PG_SOCKET === "1") env.DATABASE_URL = `${env.DATABASE_URL}?host=${encodeURIComponent(postgres.folder)}`;
    if (process.env.BENCH_PG_POOL) env.DATABASE_URL = `${env.DATABASE_URL}${env.DATABASE_URL.includes("?") ? "&" : "?"}connection_limit=${Number(process.env.BENCH_PG_POOL)}`;
    servers.push(await startServer(PORT, { ...env, ...workers }, nodeArgs), await startServer(PORT + 1, { ...testEnv(PORT + 1, ""), DATABASE_URL: env.DATABASE_URL, ...workers }, nodeArgs));
    pgStats = await postgresStats(postgres.folder, env.DATABASE_URL);
  } else {
    console.log(`bench: preparing ${databaseFile} and starting the built app on ${BASE}`);
    prepareDatabase(env, databaseFile);
    servers.push(await startServer(PORT, env, nodeArgs));
  }
  await reviewLoad();
  if (ON_POSTGRES) console.log("\n(phase 2, one learner's history, runs on SQLite only)");
  else await historyLoad(env);
} catch (error) {
  const output = servers.map((server) => server.log().slice(-3000)).join("\n");
  console.error(`bench failed: ${error.stack ?? error}${error.cause ? ` (${error.cause})` : ""}\n--- app output (last 3000 characters) ---\n${output}`);
  process.exitCode = 1;
} finally {
  await pgStats?.close();
  await Promise.all(servers.map((server) => server.stop()));
  postgres?.stop();
  rmSync(path.dirname(databaseFile), { recursive: true, force: true });
  clearTimeout(watchdog);
}
