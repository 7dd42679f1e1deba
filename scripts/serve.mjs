#!/usr/bin/env node
/**
 * Serves the production build on every core: `node scripts/serve.mjs [-p PORT] [-H HOST]` (what
 * `npm start` runs after building). `next start` is one Node process, so it uses one core; this starts
 * WEB_CONCURRENCY workers (default: one per core, at most 4) that share one listening socket through
 * node:cluster, each running Next's own request handler for the build. The app keeps nothing in memory
 * that another process could make stale without it noticing (every cache is checked against the
 * database), so any worker may answer any request.
 */
import cluster from "node:cluster";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function option(flags, fallback) {
  const at = process.argv.findIndex((arg) => flags.includes(arg));
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
}

const port = Number(option(["-p", "--port"], process.env.PORT ?? "3000"));
// Not $HOSTNAME: shells and containers set it to the machine's name, which would bind the wrong address.
const hostname = option(["-H", "--hostname"], "0.0.0.0");
const requested = Number(process.env.WEB_CONCURRENCY ?? Math.min(os.availableParallelism(), 4));
const workers = Number.isInteger(requested) && requested >= 1 ? requested : 1;

if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`serve: the port must be a number from 1 to 65535, not "${option(["-p", "--port"], process.env.PORT)}"`);
  process.exit(2);
}

/**
 * The direct routes (lib/server/direct, bundled by scripts/build-direct-routes.mjs): the hot endpoints
 * answered on Node's own request objects, each doing exactly what its App Router route does. Without
 * the bundle, or with KUBEDECK_DIRECT_ROUTES=off, every request goes to Next.
 */
async function loadDirectRoutes(distDir) {
  const bundle = path.join(root, distDir, "direct-routes.mjs");
  if (process.env.KUBEDECK_DIRECT_ROUTES === "off" || !existsSync(bundle)) return () => false;
  const { handleDirectRoute } = await import(pathToFileURL(bundle).href);
  return handleDirectRoute;
}

/**
 * The WAL checkpoint thread (lib/server/wal-checkpoints.ts): checkpoints in a thread of this primary
 * process, so no worker's request ever waits for one; workers turn their own automatic checkpoints
 * off (KUBEDECK_WAL_CHECKPOINTS=background, inherited by cluster.fork). Without the bundle, SQLite
 * checkpoints as usual. PostgreSQL has no WAL file of ours to checkpoint: no thread there.
 */
function startWalCheckpoints(distDir) {
  const entry = path.join(root, distDir, "wal-checkpoint-thread.mjs");
  if (/^postgres(ql)?:\/\//i.test(process.env.DATABASE_URL ?? "")) return { stop: () => undefined };
  if (!existsSync(entry)) return { stop: () => undefined };
  process.env.KUBEDECK_WAL_CHECKPOINTS = "background";
  let thread;
  let stopped = false;
  const start = () => {
    thread = new Worker(entry, { workerData: { intervalMs: 100 } });
    thread.on("error", (error) => console.error("serve: the WAL checkpoint thread failed:", error));
    // The workers rely on it (their own checkpoints are off): a thread that ends is started again.
    thread.on("exit", () => {
      if (!stopped) setTimeout(start, 1_000).unref();
    });
  };
  start();
  return {
    stop: () => {
      stopped = true;
      thread?.postMessage("stop");
    },
  };
}

/**
 * The client's address for the brute-force limits (lib/server/auth/sign-in-limits.ts), written into a
 * header the app reads (any value the client sent is replaced): the connection's address, or behind a
 * reverse proxy (KUBEDECK_TRUST_PROXY=1) the last address of X-Forwarded-For, which the proxy appends.
 */
function clientAddressOf(request) {
  const forwarded = process.env.KUBEDECK_TRUST_PROXY === "1" ? String(request.headers["x-forwarded-for"] ?? "").split(",").pop()?.trim() : "";
  return (forwarded || request.socket.remoteAddress || "unknown").replace(/^::ffff:/, "");
}

/**
 * The protocol and host next-auth derives the public URL from (AUTH_TRUST_HOST, set below when there
 * is no NEXTAUTH_URL): from a reverse proxy's X-Forwarded-Proto/-Host only with KUBEDECK_TRUST_PROXY=1,
 * else the connection's own protocol and Host, whatever the client sent. Behind an https proxy the
 * session cookie is then Secure; a client talking plain HTTP cannot claim https (nor another host).
 */
function forwardedOrigin(request) {
  const trusted = process.env.KUBEDECK_TRUST_PROXY === "1";
  const claimed = trusted ? String(request.headers["x-forwarded-proto"] ?? "").split(",").pop()?.trim().toLowerCase() : "";
  request.headers["x-forwarded-proto"] = claimed === "https" || claimed === "http" ? claimed : request.socket.encrypted ? "https" : "http";
  if (!trusted) delete request.headers["x-forwarded-host"];
}

/**
 * While serving, a pid file beside the SQLite database names this process, so `npx kubedeck restore`
 * refuses to swap the file from under a running app and says what to stop (lib/server/backup/app-running.ts
 * reads it; the name is `<database>.serve.pid` in both places). Removed on exit; a file left by a killed
 * server is recognised as stale there.
 */
function holdServePidFile() {
  const url = process.env.DATABASE_URL ?? "file:./prisma/dev.db";
  if (/^postgres(ql)?:\/\//i.test(url)) return;
  const file = `${path.resolve(process.cwd(), url.replace(/^file:/, "").replace(/\?.*$/, ""))}.serve.pid`;
  const record = JSON.stringify({ pid: process.pid, port });
  try {
    writeFileSync(file, `${record}\n`);
  } catch (error) {
    console.warn(`serve: could not write ${file} (${error.message}); \`kubedeck restore\` will not name this process.`);
    return;
  }
  process.on("exit", () => {
    try {
      if (readFileSync(file, "utf8").trim() === record) rmSync(file, { force: true });
    } catch {
      // already gone
    }
  });
}

if (cluster.isPrimary) {
  const distDir = process.env.NEXT_DIST_DIR ?? ".next";
  if (!existsSync(path.join(root, distDir, "BUILD_ID"))) {
    console.error(`serve: no production build in ${distDir}/ — run \`npx next build\` first (\`npm start\` does both).`);
    process.exit(1);
  }
  if (process.env.KUBEDECK_DIRECT_ROUTES === "off") {
    console.log("serve: direct routes off (KUBEDECK_DIRECT_ROUTES=off): Next answers every request");
  } else if (!existsSync(path.join(root, distDir, "direct-routes.mjs"))) {
    console.warn(`serve: ${distDir}/direct-routes.mjs is missing, so Next answers every request (slower reviews) — run \`node scripts/build-direct-routes.mjs\` after \`next build\` (\`npm start\` does both).`);
  }
  console.log(`serve: ${workers} worker${workers === 1 ? "" : "s"} on http://${hostname}:${port}`);
  const checkpoints = startWalCheckpoints(distDir);
  holdServePidFile();
  // The threads that parse and grade user input within a time budget (lib/server/budget); inherited by the workers.
  const budgetWorker = path.join(root, distDir, "budget-worker.mjs");
  if (existsSync(budgetWorker)) process.env.KUBEDECK_BUDGET_WORKER = budgetWorker;
  // Each answer allocates many short-lived objects; a young generation twice V8's default (16 MB per
  // semi-space) is collected half as often and promotes less to the old one, whose collections pause
  // a worker for 10–20 ms. Measured with bench:reviews: CPU per review −10%, fewer latency spikes.
  const ownSemiSpace = [...process.execArgv, process.env.NODE_OPTIONS ?? ""].some((arg) => arg.includes("--max-semi-space-size"));
  if (!ownSemiSpace) cluster.setupPrimary({ execArgv: [...process.execArgv, "--max-semi-space-size=32"] });
  let stopping = false;
  const startedAt = new Map();
  const fork = () => startedAt.set(cluster.fork().id, Date.now());
  for (let i = 0; i < workers; i += 1) fork();
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    const lived = Date.now() - (startedAt.get(worker.id) ?? 0);
    console.error(`serve: worker ${worker.process.pid} exited (${signal ?? `code ${code}`}) after ${Math.round(lived / 1000)} s`);
    // A worker that dies while starting would die again: stop instead of restarting it in a loop.
    if (lived < 10_000) {
      console.error("serve: it failed while starting; stopping.");
      process.exit(1);
    }
    fork();
  });
  const stop = () => {
    if (stopping) return;
    stopping = true;
    checkpoints.stop();
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGTERM");
    setTimeout(() => process.exit(0), 5_000).unref();
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
} else {
  process.env.NODE_ENV ??= "production";
  // Without NEXTAUTH_URL, next-auth would use http://localhost:3000 for its redirects and cookie
  // flags; trusting the request's Host (and X-Forwarded-Host/-Proto from a proxy) makes the public
  // URL the one the browser used, and the session cookie Secure when that is https.
  if (!process.env.NEXTAUTH_URL) process.env.AUTH_TRUST_HOST ??= "true";
  const { default: next } = await import("next");
  const app = next({ dev: false, dir: root, hostname, port });
  const handle = app.getRequestHandler();
  const handleDirectRoute = await loadDirectRoutes(process.env.NEXT_DIST_DIR ?? ".next");
  await app.prepare();
  const server = http.createServer((request, response) => {
    request.headers["x-kubedeck-client-address"] = clientAddressOf(request);
    forwardedOrigin(request);
    if (!handleDirectRoute(request, response)) handle(request, response);
  });
  // Longer than a browser's or a load balancer's idle timeout, so kept-alive connections are reused.
  server.keepAliveTimeout = 65_000;
  server.listen(port, hostname);
  process.on("SIGTERM", () => server.close(() => process.exit(0)));
}
