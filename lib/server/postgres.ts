import "server-only";
import { createHash } from "node:crypto";
import pg from "pg";
import { databaseUrl } from "./database-url";
import { postgresConnection } from "./postgres-config";

/**
 * The PostgreSQL counterpart of ./sqlite.ts: a `pg` pool beside Prisma's for the study loop's hottest
 * statements (the session's user, the review transaction, the queue's reads), used when DATABASE_URL is
 * postgresql://. Statements are named, so each connection prepares each once.
 */
const globalForPostgres = globalThis as unknown as { kubedeckPostgres?: pg.Pool };

const TIMESTAMP_WITHOUT_TIME_ZONE = 1114;

/**
 * Prisma stores DateTime in `timestamp(3)` columns (no time zone) as UTC; pg would read and write them
 * in the process's local time zone. These read them as UTC; `pgDate` writes them as UTC.
 */
const utcTimestamps: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === TIMESTAMP_WITHOUT_TIME_ZONE ? (text: string) => new Date(`${text.replace(" ", "T")}Z`) : pg.types.getTypeParser(oid, format)) as pg.CustomTypesConfig["getTypeParser"],
};

/** A date as a `timestamp(3)` column holds it: UTC, without an offset (as Prisma's pg adapter writes it). */
export function pgDate(date: Date): string {
  return date.toISOString().slice(0, -1);
}

function pool(): pg.Pool {
  if (!globalForPostgres.kubedeckPostgres) {
    const created = new pg.Pool({ ...postgresConnection(databaseUrl()), types: utcTimestamps });
    // An idle connection the server dropped (a restart, a failover) must not take the process down.
    created.on("error", (error) => console.error("PostgreSQL: an idle connection failed:", error));
    globalForPostgres.kubedeckPostgres = created;
  }
  return globalForPostgres.kubedeckPostgres;
}

/** Anything that runs a query: the pool, or one connection inside a transaction. */
export type Queryable = Pick<pg.PoolClient, "query">;

const names = new Map<string, string>();

/**
 * A named prepared statement for `text`, prepared once per connection. The name is a hash of the text:
 * the pool is shared by every copy of this module in a process (Next's server bundle and the direct
 * routes' bundle), and one name must never stand for two texts on one connection.
 */
function prepared(text: string, values: readonly unknown[]): pg.QueryConfig {
  let name = names.get(text);
  if (!name) names.set(text, (name = `kd_${createHash("sha256").update(text).digest("hex").slice(0, 32)}`));
  return { name, text, values: [...values] };
}

export async function pgRows<T extends pg.QueryResultRow>(sql: string, values: readonly unknown[] = [], on: Queryable = pool()): Promise<T[]> {
  return (await on.query<T>(prepared(sql, values))).rows;
}

export async function pgRow<T extends pg.QueryResultRow>(sql: string, values: readonly unknown[] = [], on: Queryable = pool()): Promise<T | undefined> {
  return (await pgRows<T>(sql, values, on))[0];
}

/** Rows changed by an INSERT, UPDATE or DELETE. */
export async function pgRun(sql: string, values: readonly unknown[] = [], on: Queryable = pool()): Promise<number> {
  return (await on.query(prepared(sql, values))).rowCount ?? 0;
}

/** Deadlock and serialization failure: the transaction did nothing and may simply run again. */
function isRetryable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "40P01" || code === "40001";
}

const ATTEMPTS = 3;

/** Runs `work` in one transaction on one connection (READ COMMITTED), again when PostgreSQL chose it to break a deadlock. */
export async function pgTransaction<T>(work: (client: Queryable) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    const client = await pool().connect();
    try {
      await client.query("BEGIN");
      const value = await work(client);
      await client.query("COMMIT");
      return value;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      if (attempt >= ATTEMPTS || !isRetryable(error)) throw error;
    } finally {
      client.release();
    }
  }
}

/** Whether `error` is PostgreSQL's unique violation (23505). */
export function isPgUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "23505";
}

/** The shared pool, for libraries that take one (rate-limiter-flexible's PostgreSQL store). */
export function postgresPool(): pg.Pool {
  return pool();
}

/**
 * Runs `work` while holding a session advisory lock on its own connection: across every instance, one
 * at a time (the next waits, then usually finds the work done). `key` is any 64-bit integer as text.
 */
export async function withAdvisoryLock<T>(key: string, work: () => Promise<T>): Promise<T> {
  const client = await pool().connect();
  try {
    await client.query("SELECT pg_advisory_lock($1::bigint)", [key]);
    try {
      return await work();
    } finally {
      await client.query("SELECT pg_advisory_unlock($1::bigint)", [key]);
    }
  } finally {
    client.release();
  }
}

/** Ends the pool's connections (a test before dropping its database; a process shutting down). */
export async function closePostgresPool(): Promise<void> {
  const open = globalForPostgres.kubedeckPostgres;
  globalForPostgres.kubedeckPostgres = undefined;
  await open?.end();
}
