import "server-only";
import Database from "better-sqlite3";
import { databaseUrl, isPostgresUrl } from "./database-url";
import { checkpointsRunElsewhere, isSqliteBusy } from "./wal-checkpoints";

/**
 * A second, direct connection to the same SQLite file for the study loop's hottest statements (the
 * session's user, the review transaction, the queue's reads). Prisma stays the way every other part
 * of the app reaches the database; here its per-query cost (compiling each query, re-preparing each
 * statement, async hops) was most of an answer's CPU time. Statements are prepared once and reused.
 * Values are written exactly as Prisma writes them (see `sqliteDate`), so either side reads the other's rows.
 */
type Connection = { database: Database.Database; statements: Map<string, Database.Statement> };
const globalForSqlite = globalThis as unknown as { kubedeckSqlite?: Connection };

/** How long a read waits for a lock another connection holds (rare in WAL mode) before failing. */
const BUSY_TIMEOUT_MS = 5000;

function open(): Connection {
  if (isPostgresUrl()) {
    // Every caller here has a PostgreSQL form (./postgres.ts) chosen by the URL: reaching this is a caller that forgot to choose.
    // Never open a file named after a postgresql:// URL.
    throw new Error("A SQLite statement was called on a PostgreSQL database: its caller must choose its PostgreSQL form (lib/server/postgres.ts).");
  }
  // Prisma's adapter opens `DATABASE_URL` without its `file:` prefix, relative to the working directory.
  const database = new Database(databaseUrl().replace(/^file:/, ""));
  database.pragma("journal_mode = WAL");
  database.pragma("synchronous = NORMAL");
  // Reads rarely wait in WAL mode; writes never wait here (see immediateTransaction).
  database.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  // The schema's relations are foreign keys: enforce them here (a review of a deleted card fails).
  database.pragma("foreign_keys = ON");
  // Savepoints (one per write of a group commit) keep their undo journal in memory, not in temporary files.
  database.pragma("temp_store = MEMORY");
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

/** BEGIN IMMEDIATE without waiting: false when another connection holds the write lock. */
function tryBeginImmediate(): boolean {
  statement("PRAGMA busy_timeout = 0").run();
  try {
    statement("BEGIN IMMEDIATE").run();
    return true;
  } catch (error) {
    if (isSqliteBusy(error)) return false;
    throw error;
  } finally {
    statement(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`).run();
  }
}

interface PendingWrite {
  readonly work: () => unknown;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
}

/** Writes waiting for this process's next transaction, and whether a drain is running. */
let pending: PendingWrite[] = [];
let draining = false;

/** The most writes one transaction carries, so the write lock is never held for long. */
const MAX_WRITES_PER_COMMIT = 64;

// A few tries as soon as the event loop has served what else is waiting, then once a millisecond.
const nextTurn = (attempt: number) => new Promise((resolve) => (attempt < 10 ? setImmediate(resolve) : setTimeout(resolve, 1)));

async function beginWhenUnlocked(): Promise<void> {
  const deadline = performance.now() + WRITE_LOCK_PATIENCE_MS;
  for (let attempt = 0; !tryBeginImmediate(); attempt += 1) {
    if (performance.now() > deadline) throw new Error(`the database stayed locked for writing for ${WRITE_LOCK_PATIENCE_MS / 1000} s`);
    await nextTurn(attempt);
  }
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/** One write inside the open transaction, in a savepoint of its own so its failure undoes only its own changes. */
function runInSavepoint(write: PendingWrite): Outcome {
  statement("SAVEPOINT one_write").run();
  try {
    const value = write.work();
    statement("RELEASE one_write").run();
    return { ok: true, value };
  } catch (error) {
    statement("ROLLBACK TO one_write").run();
    statement("RELEASE one_write").run();
    return { ok: false, error };
  }
}

async function drain(): Promise<void> {
  try {
    while (pending.length > 0) {
      await beginWhenUnlocked();
      // From BEGIN to COMMIT nothing awaits: no other code of this process runs in between.
      const batch = pending.slice(0, MAX_WRITES_PER_COMMIT);
      pending = pending.slice(batch.length);
      let outcomes: Outcome[];
      try {
        outcomes = batch.map(runInSavepoint);
        if (outcomes.every((outcome) => !outcome.ok)) statement("ROLLBACK").run();
        else statement("COMMIT").run();
      } catch (error) {
        // The transaction itself failed (e.g. the disk is full): none of the batch was saved.
        if (connection().database.inTransaction) statement("ROLLBACK").run();
        outcomes = batch.map(() => ({ ok: false, error }));
      }
      outcomes.forEach((outcome, index) => (outcome.ok ? batch[index]?.resolve(outcome.value) : batch[index]?.reject(outcome.error)));
    }
  } catch (error) {
    for (const write of pending.splice(0)) write.reject(error);
  } finally {
    draining = false;
  }
}

/**
 * Runs `work` in an IMMEDIATE transaction (the write lock is taken at the start, so two processes
 * never both read and then fail to upgrade) and resolves once it is committed. `work` is synchronous:
 * nothing else in this process runs between its reads and writes. Writes that arrive while this
 * process waits for the lock share the next transaction (group commit, each in its own savepoint, so
 * one failing write changes nothing of the others): a burst of answers costs one lock and one commit
 * instead of a convoy of them. While another process holds the write lock (a fraction of a millisecond
 * per commit), this waits asynchronously, so the process goes on serving other requests; SQLite's own
 * busy wait would sleep the whole process for 1–100 ms at a time.
 */
export function immediateTransaction<T>(work: () => T): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    pending.push({ work, resolve: resolve as (value: unknown) => void, reject });
    if (!draining) {
      draining = true;
      void drain();
    }
  });
}

/** A date as Prisma's SQLite adapter stores DateTime columns: ISO 8601 with `+00:00`. */
export function sqliteDate(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}
