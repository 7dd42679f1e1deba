/**
 * Starts the built app on loopback against a fresh SQLite database (or a fresh PostgreSQL database:
 * `preparePostgresDatabase`), for the route and browser tests.
 * Used by scripts/test-all.mjs, scripts/test-postgres.mjs and scripts/bench-reviews.mjs.
 */
import { spawn, execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export function testEnv(port, databaseFile) {
  return {
    ...process.env,
    NODE_ENV: "production",
    CHECKPOINT_DISABLE: "1",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: `file:${databaseFile}`,
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    NEXTAUTH_SECRET: "kubedeck-test-secret-not-for-production",
    PORT: String(port),
    // The route and browser tests create hundreds of accounts from 127.0.0.1; the per-address
    // brute-force limits are tested from other loopback addresses (tests/routes/rate-limits.test.ts).
    KUBEDECK_RATE_LIMIT_EXEMPT: "127.0.0.1",
  };
}

/** Creates a fresh, migrated, seeded database file. */
export function prepareDatabase(env, databaseFile) {
  for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(`${databaseFile}${suffix}`, { force: true });
  const node = process.execPath;
  execFileSync(node, [path.join(root, "node_modules/prisma/build/index.js"), "migrate", "deploy"], { cwd: root, env, stdio: "ignore" });
  execFileSync(node, [path.join(root, "node_modules/tsx/dist/cli.mjs"), path.join(root, "scripts/seed.ts")], { cwd: root, env, stdio: "inherit" });
}

/** `serverUrl` with the database name `database`. */
export function postgresDatabaseUrl(serverUrl, database) {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * Creates the database `database` afresh on the PostgreSQL server of `serverUrl` (dropping one of that
 * name), migrates it (scripts/migrate-postgresql.ts) and seeds it; `env` gets its DATABASE_URL.
 */
export async function preparePostgresDatabase(env, serverUrl, database) {
  const server = new URL(serverUrl);
  const client = new pg.Client({
    host: server.searchParams.get("host") ?? server.hostname,
    port: Number(server.port || 5432),
    user: decodeURIComponent(server.username || "postgres"),
    password: decodeURIComponent(server.password),
    database: "postgres",
  });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
  env.DATABASE_URL = postgresDatabaseUrl(serverUrl, database);
  const tsx = path.join(root, "node_modules/tsx/dist/cli.mjs");
  execFileSync(process.execPath, [tsx, path.join(root, "scripts/migrate-postgresql.ts")], { cwd: root, env, stdio: "ignore" });
  execFileSync(process.execPath, [tsx, path.join(root, "scripts/seed.ts")], { cwd: root, env, stdio: "inherit" });
  return env;
}

async function waitForServer(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the app exited with code ${child.exitCode} before it answered`);
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the app did not answer at ${url} within ${timeoutMs / 1000} s`);
}

/** Starts the built app (scripts/serve.mjs) on 127.0.0.1:port; resolves once it answers. `nodeArgs` go to node (e.g. --cpu-prof). */
export async function startServer(port, env, nodeArgs = []) {
  const busy = await fetch(`http://127.0.0.1:${port}/`).then(() => true, () => false);
  if (busy) throw new Error(`port ${port} is already in use: stop whatever listens there, or set TEST_PORT to a free port`);
  // What `npm start` serves: scripts/serve.mjs (Next's handler in one worker per core, WEB_CONCURRENCY).
  const child = spawn(process.execPath, [...nodeArgs, path.join(root, "scripts/serve.mjs"), "-H", "127.0.0.1", "-p", String(port)], {
    cwd: root,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout.on("data", (chunk) => (log += chunk));
  child.stderr.on("data", (chunk) => (log += chunk));
  try {
    await waitForServer(`http://127.0.0.1:${port}/api/auth/csrf`, child, 60_000);
  } catch (error) {
    child.kill("SIGTERM");
    throw new Error(`${error.message}\n--- app output ---\n${log}`);
  }
  return {
    url: `http://127.0.0.1:${port}`,
    log: () => log,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
