#!/usr/bin/env node
/**
 * The suites that exercise the database, on PostgreSQL: the PostgreSQL integration tests (Vitest), the
 * route tests and the browser tests against the built app, and the two-instance test (tests/routes/two-instances.test.ts:
 * two app instances on two ports, one database). Uses KUBEDECK_TEST_POSTGRES_URL when set (a server where
 * it may create databases), else starts its own throw-away server (scripts/postgres-server.mjs) and stops
 * it at the end, also on failure. Needs a production build (`npm run build`). `npm test` runs it after the
 * SQLite suites; alone: `node scripts/test-postgres.mjs [--only vitest,routes,multi,browser]`.
 * Returns (and prints) one result per suite.
 */
import { spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startPostgresServer } from "./postgres-server.mjs";
import { preparePostgresDatabase, root, startServer, testEnv } from "./test-server.mjs";

const bin = (file) => path.join(root, "node_modules", file);

/** The integration tests that run on PostgreSQL (skipped without KUBEDECK_TEST_POSTGRES_URL). */
const POSTGRES_INTEGRATION_TESTS = [
  "tests/server/postgres-migrations.test.ts",
  "tests/server/kept-study-queue-postgres.test.ts",
  "tests/server/class-progress-postgres.test.ts",
  "tests/server/undo-review-postgres.test.ts",
  "tests/server/record-review-postgres.test.ts",
];

export async function runPostgresSuites({ port, only = ["vitest", "routes", "multi", "browser"], chromium = "/usr/bin/chromium" }) {
  const results = [];
  const step = (name, args, env) => {
    console.log(`\n=== ${name}`);
    const run = spawnSync(process.execPath, args, { cwd: root, env, stdio: "inherit" });
    results.push({ name, ok: run.status === 0 });
  };
  let server;
  let instances = [];
  try {
    let serverUrl = process.env.KUBEDECK_TEST_POSTGRES_URL;
    if (!serverUrl) {
      server = await startPostgresServer(Number(process.env.KUBEDECK_TEST_POSTGRES_PORT ?? port + 9));
      serverUrl = server.url;
      console.log(`\n=== PostgreSQL: a throw-away server at ${serverUrl}`);
    }
    const base = { ...process.env, CHECKPOINT_DISABLE: "1", NEXT_TELEMETRY_DISABLED: "1", KUBEDECK_TEST_POSTGRES_URL: serverUrl };
    if (only.includes("vitest")) {
      step("PostgreSQL integration tests (vitest)", [bin("vitest/vitest.mjs"), "run", ...POSTGRES_INTEGRATION_TESTS], base);
    }
    if (!only.some((suite) => ["routes", "multi", "browser"].includes(suite))) return results;
    const env = await preparePostgresDatabase({ ...testEnv(port, ""), KUBEDECK_TEST_POSTGRES_URL: serverUrl }, serverUrl, "kubedeck_e2e");
    console.log(`\n=== starting the app twice on PostgreSQL: 127.0.0.1:${port} and 127.0.0.1:${port + 1}`);
    instances = await Promise.all([startServer(port, env), startServer(port + 1, { ...testEnv(port + 1, ""), DATABASE_URL: env.DATABASE_URL })]);
    const [a, b] = instances;
    const appEnv = { ...env, NODE_ENV: "test", APP_URL: a.url };
    if (only.includes("routes")) step("route tests on PostgreSQL (vitest over HTTP)", [bin("vitest/vitest.mjs"), "run", "--config", "vitest.routes.config.ts"], appEnv);
    if (only.includes("multi")) {
      step("two instances, one PostgreSQL (vitest over HTTP)", [bin("vitest/vitest.mjs"), "run", "--config", "vitest.routes.config.ts", "tests/routes/two-instances.test.ts"], { ...appEnv, APP_URL_B: b.url });
    }
    if (only.includes("browser")) {
      if (existsSync(chromium)) step("browser tests on PostgreSQL (playwright + chromium)", [bin("@playwright/test/cli.js"), "test"], { ...appEnv, CHROMIUM_PATH: chromium });
      else results.push({ name: "browser tests on PostgreSQL (chromium missing)", ok: false });
    }
  } catch (error) {
    console.error(`\nCould not run the PostgreSQL suites: ${error.message}`);
    results.push({ name: "PostgreSQL suites", ok: false });
  } finally {
    if (results.some((result) => !result.ok)) {
      for (const [index, instance] of instances.entries()) {
        const file = path.join(tmpdir(), `kubedeck-postgres-instance-${port + index}.log`);
        writeFileSync(file, instance.log());
        console.log(`app output of ${instance.url}: ${file}`);
      }
    }
    await Promise.all(instances.map((instance) => instance.stop()));
    server?.stop();
  }
  return results;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf("--only");
  const only = at >= 0 ? (process.argv[at + 1] ?? "").split(",") : undefined;
  const results = await runPostgresSuites({ port: Number(process.env.TEST_PORT ?? 3120), ...(only ? { only } : {}), chromium: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
  for (const result of results) console.log(`${result.ok ? "ok  " : "FAIL"} ${result.name}`);
  process.exitCode = results.every((result) => result.ok) ? 0 : 1;
}
