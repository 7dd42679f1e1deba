#!/usr/bin/env node
/**
 * Writes the next migration offline: diffs the schema committed at HEAD against the working
 * prisma/schema.prisma and saves the SQL as prisma/migrations/<timestamp>_<name>/migration.sql, and the
 * same change for PostgreSQL (prisma/postgresql/schema.prisma, regenerated) as
 * prisma/migrations-postgresql/<timestamp>_<name>/migration.sql. Hand-written SQL (triggers, expression
 * indexes) must be added to both by hand.
 * Usage: npm run db:migration -- <name>
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { POSTGRESQL_SCHEMA, postgresqlSchema } from "./postgresql-schema.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migration -- <name>   (lower-case letters, digits and underscores, e.g. add_card_flags)");
  process.exit(2);
}

const env = { ...process.env, CHECKPOINT_DISABLE: "1" };
const committed = execFileSync("git", ["show", "HEAD:prisma/schema.prisma"], { cwd: root, encoding: "utf8" });
const scratch = mkdtempSync(path.join(tmpdir(), "kubedeck-migration-"));
const committedFile = path.join(scratch, "schema.prisma");
writeFileSync(committedFile, committed);

function diff(fromFile, toFile, config) {
  return execFileSync(
    process.execPath,
    [path.join(root, "node_modules/prisma/build/index.js"), "migrate", "diff", "--config", config, "--from-schema-datamodel", fromFile, "--to-schema-datamodel", toFile, "--script"],
    { cwd: root, env, encoding: "utf8" },
  );
}
const sql = diff(committedFile, path.join(root, "prisma/schema.prisma"), "prisma.config.ts");
if (/^-- This is an empty migration\./m.test(sql) || sql.trim() === "") {
  console.error("No schema changes against HEAD: nothing to migrate.");
  process.exit(1);
}
const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
const folder = path.join(root, "prisma", "migrations", `${stamp}_${name}`);
mkdirSync(folder, { recursive: true });
writeFileSync(path.join(folder, "migration.sql"), sql);
console.log(`Wrote ${path.relative(root, folder)}/migration.sql — review it, then run \`npm run setup\` to apply it.`);

writeFileSync(POSTGRESQL_SCHEMA, postgresqlSchema(readFileSync(path.join(root, "prisma/schema.prisma"), "utf8")));
const committedPostgresFile = path.join(scratch, "postgresql.prisma");
writeFileSync(committedPostgresFile, postgresqlSchema(committed));
const postgresFolder = path.join(root, "prisma", "migrations-postgresql", `${stamp}_${name}`);
mkdirSync(postgresFolder, { recursive: true });
const header = `-- PostgreSQL form of prisma/migrations/${stamp}_${name}.\n-- sqlite-migration: ${stamp}_${name}\n`;
writeFileSync(path.join(postgresFolder, "migration.sql"), header + diff(committedPostgresFile, POSTGRESQL_SCHEMA, "prisma.postgresql.config.ts"));
console.log(`Wrote ${path.relative(root, postgresFolder)}/migration.sql (PostgreSQL) — review it too.`);
