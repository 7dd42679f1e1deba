#!/usr/bin/env node
/**
 * Writes prisma/postgresql/schema.prisma from prisma/schema.prisma, the one schema both databases
 * follow: the same models with the PostgreSQL provider and a second generated client
 * (prisma/generated-postgresql). `--check` exits 1 when the committed copy has drifted;
 * `--from FILE --to FILE` use other files (the drift test does).
 * tests/server/postgresql-schema.test.ts runs the same comparison.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const SQLITE_SCHEMA = path.join(root, "prisma", "schema.prisma");
export const POSTGRESQL_SCHEMA = path.join(root, "prisma", "postgresql", "schema.prisma");

const HEADER = "// GENERATED from prisma/schema.prisma by scripts/postgresql-schema.mjs: edit that file, then run\n// `node scripts/postgresql-schema.mjs` (npm run setup does). Do not edit this copy.\n";

function replaceOnce(text, pattern, replacement, what) {
  if (!pattern.test(text)) throw new Error(`prisma/schema.prisma: cannot find ${what} (${pattern}) to write the PostgreSQL schema`);
  return text.replace(pattern, replacement);
}

/** The PostgreSQL schema for the given SQLite schema text. */
export function postgresqlSchema(sqliteSchema) {
  let text = replaceOnce(sqliteSchema, /(datasource db \{[^}]*provider\s*=\s*)"sqlite"/, '$1"postgresql"', "the sqlite datasource provider");
  text = replaceOnce(text, /(generator client \{[^}]*output\s*=\s*)"\.\/generated"/, '$1"../generated-postgresql"', "the client output folder");
  return HEADER + text;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const option = (flag, fallback) => {
    const at = process.argv.indexOf(flag);
    return at >= 0 && process.argv[at + 1] ? path.resolve(process.argv[at + 1]) : fallback;
  };
  const target = option("--to", POSTGRESQL_SCHEMA);
  const wanted = postgresqlSchema(readFileSync(option("--from", SQLITE_SCHEMA), "utf8"));
  let current = "";
  try {
    current = readFileSync(target, "utf8");
  } catch {
    current = "";
  }
  if (process.argv.includes("--check")) {
    if (current !== wanted) {
      console.error(`${path.relative(root, target)} is out of step with prisma/schema.prisma: run \`node scripts/postgresql-schema.mjs\`, then \`npm run db:migration -- <name>\` (it writes the SQLite and the PostgreSQL migration).`);
      process.exit(1);
    }
  } else if (current !== wanted) {
    writeFileSync(target, wanted);
    console.log(`postgresql-schema: wrote ${path.relative(root, target)}`);
  }
}
