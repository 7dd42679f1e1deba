#!/usr/bin/env node
/**
 * `npm test`: every test, in order — Prisma client generation, type check, lint, Vitest unit and
 * integration suites, the production build, then route tests (Vitest over HTTP) and browser tests
 * (Playwright driving Debian's chromium) against the built app on a fresh database; then the suites
 * that exercise the database again on PostgreSQL (scripts/test-postgres.mjs: a throw-away server, two
 * app instances; integration, route, two-instance and browser tests) when Debian's postgresql is installed (CI installs it; elsewhere it is skipped with a note).
 * Prints one closing line: "N passed, N failed".
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { postgresInstalled } from "./postgres-server.mjs";
import { runPostgresSuites } from "./test-postgres.mjs";
import { prepareDatabase, root, startServer, testEnv } from "./test-server.mjs";

const node = process.execPath;
const bin = (file) => path.join(root, "node_modules", file);
const results = [];

function step(name, command, args, env = process.env) {
  console.log(`\n=== ${name}`);
  const run = spawnSync(command, args, { cwd: root, env, stdio: "inherit" });
  results.push({ name, ok: run.status === 0 });
  return run.status === 0;
}

function chromiumPath() {
  return process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
}

const baseEnv = { ...process.env, CHECKPOINT_DISABLE: "1", NEXT_TELEMETRY_DISABLED: "1" };
step("prisma generate", node, ["scripts/setup.mjs", "--generate-only"], baseEnv);
step("type check (tsc)", node, [bin("typescript/bin/tsc"), "--noEmit", "-p", "tsconfig.json"], baseEnv);
step("lint (eslint)", node, [bin("eslint/bin/eslint.js"), ".", "--max-warnings=0"], baseEnv);
step("unit and integration tests (vitest)", node, [bin("vitest/vitest.mjs"), "run"], baseEnv);
const built =
  step("production build (next build)", node, [bin("next/dist/bin/next"), "build"], { ...baseEnv, NODE_ENV: "production" }) &&
  step("direct routes bundle (esbuild)", node, ["scripts/build-direct-routes.mjs"], baseEnv);

if (built) {
  const port = Number(process.env.TEST_PORT ?? 3100);
  mkdirSync(path.join(root, "prisma", "test"), { recursive: true });
  const databaseFile = path.join(root, "prisma", "test", "e2e.db");
  const env = testEnv(port, databaseFile);
  console.log(`\n=== starting the app on 127.0.0.1:${port} (database ${path.relative(root, databaseFile)})`);
  let server;
  let nextOnly;
  try {
    prepareDatabase(env, databaseFile);
    // The same app twice on one database: as `npm start` serves it, and with the direct routes off
    // (KUBEDECK_DIRECT_ROUTES=off), so the App Router handlers of the direct routes are tested too.
    [server, nextOnly] = await Promise.all([
      startServer(port, env),
      startServer(port + 1, { ...testEnv(port + 1, databaseFile), KUBEDECK_DIRECT_ROUTES: "off" }),
    ]);
    const appEnv = { ...env, NODE_ENV: "test", APP_URL: server.url };
    step("route tests (vitest over HTTP)", node, [bin("vitest/vitest.mjs"), "run", "--config", "vitest.routes.config.ts"], appEnv);
    step(
      "review route tests against Next's own handlers (direct routes off)",
      node,
      [bin("vitest/vitest.mjs"), "run", "--config", "vitest.routes.config.ts", "tests/routes/reviews.test.ts", "tests/routes/reviews-cache.test.ts"],
      { ...appEnv, APP_URL: nextOnly.url },
    );
    await nextOnly.stop();
    if (existsSync(chromiumPath())) {
      step("browser tests (playwright + chromium)", node, [bin("@playwright/test/cli.js"), "test"], { ...appEnv, CHROMIUM_PATH: chromiumPath() });
    } else {
      console.error(`\nBrowser tests need Debian's chromium at ${chromiumPath()}, which is missing.\nInstall it with: sudo apt-get update && sudo apt-get install -y chromium\n(or set CHROMIUM_PATH to another Chromium binary). Never run \`playwright install\`: it downloads a browser.`);
      results.push({ name: "browser tests (chromium missing)", ok: false });
    }
  } catch (error) {
    console.error(`\nCould not start the app for route and browser tests: ${error.message}`);
    results.push({ name: "start the app", ok: false });
  } finally {
    await Promise.all([server?.stop(), nextOnly?.stop()]);
  }
}

if (built) {
  const port = Number(process.env.TEST_PORT ?? 3100);
  if (postgresInstalled()) {
    results.push(...(await runPostgresSuites({ port: port + 2, chromium: chromiumPath() })));
  } else if (process.env.CI) {
    console.error("\nThe PostgreSQL suites need Debian's postgresql: sudo apt-get install -y postgresql (.ci/run installs it).");
    results.push({ name: "PostgreSQL suites (postgresql missing)", ok: false });
  } else {
    console.log("\n=== PostgreSQL suites skipped: install Debian's postgresql (sudo apt-get install -y postgresql) to run them too.");
  }
}

const failed = results.filter((result) => !result.ok);
console.log("\n=== summary");
for (const result of results) console.log(`${result.ok ? "ok  " : "FAIL"} ${result.name}`);
console.log(`${results.length - failed.length} passed, ${failed.length} failed`);
process.exitCode = failed.length === 0 ? 0 : 1;
