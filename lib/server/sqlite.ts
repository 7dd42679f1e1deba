import "server-only";
import Database from "better-sqlite3";
import { databaseUrl } from "./database-url";
import { checkpointsRunElsewhere } from "./wal-checkpoints";

/**
 * A second, direct connection to the same SQLite file for the study loop's hottest statements (the
 * session's user, the review transaction, the queue's reads). Prisma stays the way every other part
 * of the app reaches the database; here its per-query cost (compiling each query, re-preparing each
 * statement, async hops) was most of an answer's CPU time. Statements are prepared once and reused.
 * Values are written exactly as Prisma writes them (see `sqliteDate`), so either side reads the other's rows.
 */
type Connection = { database: Database.Database; statements: Map<string, Database.Statement> };
const globalForSqlite = globalThis as unknown as { kubedeckSqlite?: Connection };

function open(): Connection {
  // Prisma's adapter opens `DATABASE_URL` without its `file:` prefix, relative to the working directory.
  const database = new Database(databaseUrl().replace(/^file:/, ""));
  database.pragma("journal_mode = WAL");
  database.pragma("synchronous = NORMAL");
  // Another process (or the Prisma connection) may hold the write lock for a moment: wait, don't fail.
  database.pragma("busy_timeout = 5000");
  // The schema's relations are foreign keys: enforce them here (a review of a deleted card fails).
  database.pragma("foreign_keys = ON");
  if (checkpointsRunElsewhere()) database.pragma("wal_autocheckpoint = 0");
  return { database, statements: new Map() };
}

function connection(): Connection {
  globalForSqlite.kubedeckSqlite ??= open();
  return globalForSqlite.kubedeckSqlite;
}

/** A prepared statement for `sql`, prepared on first use and cached for the life of the process. */
export function statement(sql: string): Database.Statement {
  const { database, statements } = connection();
  let prepared = statements.get(sql);
  if (!prepared) {
    prepared = database.prepare(sql);
    statements.set(sql, prepared);
  }
  return prepared;
}

const WRITE_LOCK_PATIENCE_MS = 5000;

function isBusy(error: unknown): boolean {
  return error instanceof Database.SqliteError && (error.code === "SQLITE_BUSY" || error.code.startsWith("SQLITE_BUSY_"));
}

/** BEGIN IMMEDIATE without waiting: false when another connection holds the write lock. */
function tryBeginImmediate(database: Database.Database): boolean {
  database.pragma("busy_timeout = 0");
  try {
    statement("BEGIN IMMEDIATE").run();
    return true;
  } catch (error) {
    if (isBusy(error)) return false;
    throw error;
  } finally {
    database.pragma("busy_timeout = 5000");
  }
}

/**
 * Runs `work` in one IMMEDIATE transaction (the write lock is taken at the start, so two processes
 * never both read and then fail to upgrade). `work` itself is synchronous: nothing else in this
 * process runs between its reads and writes. While another process holds the write lock (a fraction
 * of a millisecond per review), this waits asynchronously, so the process goes on serving other
 * requests; SQLite's own busy wait would sleep the whole process for 1–3 ms a time.
 */
export async function immediateTransaction<T>(work: () => T): Promise<T> {
  const { database } = connection();
  const deadline = performance.now() + WRITE_LOCK_PATIENCE_MS;
  for (let attempt = 0; !tryBeginImmediate(database); attempt += 1) {
    if (performance.now() > deadline) throw new Error(`the database stayed locked for writing for ${WRITE_LOCK_PATIENCE_MS / 1000} s`);
    await new Promise((resolve) => (attempt < 3 ? setImmediate(resolve) : setTimeout(resolve, Math.min(attempt, 20))));
  }
  try {
    const result = work();
    statement("COMMIT").run();
    return result;
  } catch (error) {
    if (database.inTransaction) statement("ROLLBACK").run();
    throw error;
  }
}

/** A date as Prisma's SQLite adapter stores DateTime columns: ISO 8601 with `+00:00`. */
export function sqliteDate(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}
