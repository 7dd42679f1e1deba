#!/usr/bin/env node
/**
 * Prepares a checkout to run: writes .env with a generated NEXTAUTH_SECRET if there is none,
 * generates the Prisma client, applies migrations to the SQLite database (creating it), then
 * loads the built-in content and the demo accounts. Safe to run any number of times.
 * `--generate-only`: only generate the Prisma client. `--migrate-only`: only apply migrations (what a
 * deployment's init container runs; the image already holds the generated client).
 */
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
process.env.CHECKPOINT_DISABLE = "1";
process.env.NEXT_TELEMETRY_DISABLED = "1";

function ensureEnvFile() {
  const file = path.join(root, ".env");
  const current = existsSync(file) ? readFileSync(file, "utf8") : "";
  const additions = [];
  if (!/^NEXTAUTH_SECRET=/m.test(current) && !process.env.NEXTAUTH_SECRET) {
    additions.push(`NEXTAUTH_SECRET=${randomBytes(32).toString("base64url")}`);
  }
  if (!/^DATABASE_URL=/m.test(current) && !process.env.DATABASE_URL) additions.push("DATABASE_URL=file:./prisma/dev.db");
  if (additions.length > 0) {
    writeFileSync(file, `${current}${current && !current.endsWith("\n") ? "\n" : ""}${additions.join("\n")}\n`);
    console.log(`setup: wrote ${additions.map((line) => line.split("=")[0]).join(", ")} to .env`);
  }
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const match = /^([A-Z_][A-Z0-9_]*)=(.*)$/.exec(line.trim());
    if (match && match[1] && process.env[match[1]] === undefined) process.env[match[1]] = match[2];
  }
}

function run(command, args) {
  execFileSync(command, args, { stdio: "inherit", env: process.env });
}

ensureEnvFile();
const onlyGenerate = process.argv.includes("--generate-only");
const onlyMigrate = process.argv.includes("--migrate-only");
if (!onlyMigrate) run(process.execPath, [path.join(root, "node_modules/prisma/build/index.js"), "generate"]);
if (onlyMigrate) {
  run(process.execPath, [path.join(root, "node_modules/prisma/build/index.js"), "migrate", "deploy"]);
} else if (!onlyGenerate) {
  run(process.execPath, [path.join(root, "node_modules/prisma/build/index.js"), "migrate", "deploy"]);
  run(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), path.join(root, "scripts/seed.ts")]);
}
