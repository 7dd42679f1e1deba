/**
 * The PostgreSQL migration history (prisma/migrations-postgresql/, one folder per migration) and the
 * runner that applies it: each folder's SQL in its own transaction, recorded in "_kubedeck_migrations"
 * (Prisma's migrate commands fail on PostgreSQL offline, prisma/orm#27403). No `server-only`: the
 * setup script runs it.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { postgresConnection } from "./postgres-config";

export const POSTGRES_MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations-postgresql");
export const POSTGRES_MIGRATION_TABLE = "_kubedeck_migrations";
/** pg_advisory_lock key held while migrating ("kubedek" in ASCII, as a bigint). */
const MIGRATION_LOCK_KEY = "30246887976363371";

export function postgresMigrationNames(dir: string = POSTGRES_MIGRATIONS_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** Applies the migrations not yet applied, oldest first; answers their names. */
export async function migratePostgres(url: string, dir: string = POSTGRES_MIGRATIONS_DIR): Promise<string[]> {
  const client = new pg.Client(postgresConnection(url));
  await client.connect();
  const applied: string[] = [];
  try {
    await client.query(`SELECT pg_advisory_lock(${MIGRATION_LOCK_KEY})`);
    await client.query(`CREATE TABLE IF NOT EXISTS "${POSTGRES_MIGRATION_TABLE}" (
      migration_name TEXT PRIMARY KEY, checksum TEXT NOT NULL, finished_at TIMESTAMPTZ NOT NULL DEFAULT now())`);
    const done = new Map((await client.query<{ migration_name: string; checksum: string }>(`SELECT migration_name, checksum FROM "${POSTGRES_MIGRATION_TABLE}"`)).rows.map((row) => [row.migration_name, row.checksum]));
    for (const name of postgresMigrationNames(dir)) {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      const checksum = createHash("sha256").update(sql).digest("hex");
      const earlier = done.get(name);
      if (earlier !== undefined) {
        if (earlier !== checksum) console.warn(`postgresql: migration ${name} changed since it was applied; it is not applied again (write a new migration instead).`);
        continue;
      }
      await client.query("BEGIN");
      try {
        await client.query(sql);
        await client.query(`INSERT INTO "${POSTGRES_MIGRATION_TABLE}" (migration_name, checksum) VALUES ($1, $2)`, [name, checksum]);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`postgresql: migration ${name} failed and was rolled back: ${error instanceof Error ? error.message : String(error)}`);
      }
      applied.push(name);
    }
  } finally {
    await client.end();
  }
  return applied;
}
