import "server-only";
import { readdirSync } from "node:fs";
import path from "node:path";
import type { PrismaClient } from "@/prisma/generated/client";

/** What the probes of a deployment ask: can this instance reach its database, and is its schema current? */
export interface HealthReport {
  readonly status: "ok" | "unavailable";
  readonly database: "ok" | "unreachable";
  readonly migrations: { readonly applied: number; readonly expected: number; readonly pending: readonly string[] };
  readonly message?: string;
}

export const SHIPPED_MIGRATIONS = path.join(process.cwd(), "prisma", "migrations");
export const SHIPPED_POSTGRES_MIGRATIONS = path.join(process.cwd(), "prisma", "migrations-postgresql");

/** Where each database records its applied migrations: Prisma's table on SQLite, the runner's on PostgreSQL (lib/server/postgres-migrations.ts). */
const APPLIED_SQL = {
  sqlite: "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
  postgresql: `SELECT migration_name FROM "_kubedeck_migrations"`,
} as const;
const listings = new Map<string, readonly string[]>();

/** The migrations this build ships (one folder each), read once per process. */
function shippedMigrations(folder: string): readonly string[] {
  let names = listings.get(folder);
  if (!names) {
    names = readdirSync(folder, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    listings.set(folder, names);
  }
  return names;
}

export async function checkHealth(
  client: Pick<PrismaClient, "$queryRawUnsafe">,
  migrationsFolder = SHIPPED_MIGRATIONS,
  database: keyof typeof APPLIED_SQL = "sqlite",
): Promise<HealthReport> {
  const expected = shippedMigrations(migrationsFolder);
  let applied: string[];
  try {
    const rows = await client.$queryRawUnsafe<{ migration_name: string }[]>(APPLIED_SQL[database]);
    applied = rows.map((row) => row.migration_name);
  } catch (error) {
    console.error("Health check: the database did not answer:", error);
    return {
      status: "unavailable",
      database: "unreachable",
      migrations: { applied: 0, expected: expected.length, pending: [...expected] },
      message: "The database did not answer. Check DATABASE_URL and that the database is running.",
    };
  }
  const done = new Set(applied);
  const pending = expected.filter((name) => !done.has(name));
  return {
    status: pending.length === 0 ? "ok" : "unavailable",
    database: "ok",
    migrations: { applied: applied.length, expected: expected.length, pending },
    ...(pending.length > 0 ? { message: `${pending.length} migration(s) not applied yet: run \`npm run setup\` (or \`node scripts/setup.mjs --migrate-only\`).` } : {}),
  };
}
