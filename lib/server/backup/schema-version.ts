/**
 * A database's schema version as Prisma records it: the migrations applied (`_prisma_migrations`)
 * against the ones this copy of Kubedeck ships in prisma/migrations. For backup and restore (no `server-only`).
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type Database from "better-sqlite3";

export const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../prisma/migrations");

/** The migrations this code knows, oldest first (their folder names sort by timestamp). */
export function knownMigrations(dir: string = MIGRATIONS_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

interface MigrationRow {
  readonly migration_name: string;
  readonly finished_at: string | number | null;
  readonly rolled_back_at: string | number | null;
}

function migrationRows(database: Database.Database): MigrationRow[] | null {
  const table = database.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'`).get();
  if (!table) return null;
  return database.prepare(`SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations ORDER BY migration_name`).all() as MigrationRow[];
}

/** The migrations applied to `database`, oldest first; null when it has no migration table (not a Prisma database). */
export function appliedMigrations(database: Database.Database): string[] | null {
  return migrationRows(database)?.filter((row) => row.finished_at !== null && row.rolled_back_at === null).map((row) => row.migration_name) ?? null;
}

/** Migrations that started and never finished (Prisma refuses to migrate such a database). */
export function failedMigrations(database: Database.Database): string[] {
  return (migrationRows(database) ?? []).filter((row) => row.finished_at === null && row.rolled_back_at === null).map((row) => row.migration_name);
}
