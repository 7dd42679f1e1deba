#!/usr/bin/env node
/**
 * Prepares a checkout to run: writes .env with a generated NEXTAUTH_SECRET if there is none,
 * generates the Prisma clients (SQLite's, and PostgreSQL's from prisma/postgresql/schema.prisma, itself
 * written from prisma/schema.prisma), applies migrations to the SQLite database (creating it) or, for a
 * postgresql:// DATABASE_URL, prisma/migrations-postgresql/ to that database, then
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
  for (const line of (existsSync(file) ? readFileSync(file, "utf8") : "").split("\n")) {
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
const prisma = path.join(root, "node_modules/prisma/build/index.js");
const tsx = path.join(root, "node_modules/tsx/dist/cli.mjs");
const onPostgres = /^postgres(ql)?:\/\//i.test(process.env.DATABASE_URL ?? "");

function migrate() {
  // `prisma migrate deploy` cannot migrate PostgreSQL offline (prisma/orm#27403): a small runner does.
  if (onPostgres) run(process.execPath, [tsx, path.join(root, "scripts/migrate-postgresql.ts")]);
  else run(process.execPath, [prisma, "migrate", "deploy"]);
}

if (!onlyMigrate) {
  run(process.execPath, [path.join(root, "scripts/postgresql-schema.mjs")]);
  run(process.execPath, [prisma, "generate"]);
  run(process.execPath, [prisma, "generate", "--config", "prisma.postgresql.config.ts"]);
}
if (onlyMigrate) {
  migrate();
} else if (!onlyGenerate) {
  migrate();
  run(process.execPath, [tsx, path.join(root, "scripts/seed.ts")]);
}
