#!/usr/bin/env node
/**
 * Writes the next migration offline: diffs the schema committed at HEAD against the working
 * prisma/schema.prisma and saves the SQL as prisma/migrations/<timestamp>_<name>/migration.sql.
 * Usage: npm run db:migration -- <name>
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

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

const sql = execFileSync(
  process.execPath,
  [path.join(root, "node_modules/prisma/build/index.js"), "migrate", "diff", "--from-schema-datamodel", committedFile, "--to-schema-datamodel", path.join(root, "prisma/schema.prisma"), "--script"],
  { cwd: root, env, encoding: "utf8" },
);
if (/^-- This is an empty migration\./m.test(sql) || sql.trim() === "") {
  console.error("No schema changes against HEAD: nothing to migrate.");
  process.exit(1);
}
const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
const folder = path.join(root, "prisma", "migrations", `${stamp}_${name}`);
mkdirSync(folder, { recursive: true });
writeFileSync(path.join(folder, "migration.sql"), sql);
console.log(`Wrote ${path.relative(root, folder)}/migration.sql — review it, then run \`npm run setup\` to apply it.`);
