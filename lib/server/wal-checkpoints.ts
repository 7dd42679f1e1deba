/**
 * WAL checkpoints away from the request path. SQLite normally checkpoints inside whichever commit
 * pushes the write-ahead log past 1,000 pages; a checkpoint ends in fsync (4–10 ms on these disks),
 * and while other processes keep reading, the log cannot be restarted, so every later commit tried
 * again: reviews stalled for milliseconds each. `scripts/serve.mjs` therefore turns automatic
 * checkpoints off in its workers (`KUBEDECK_WAL_CHECKPOINTS=background`) and runs `runWalCheckpoints`
 * in a thread of its primary process instead. Without serve.mjs nothing changes.
 */
import Database from "better-sqlite3";
import { databaseUrl } from "./database-url";

/** SQLITE_BUSY and its variants: another connection holds a lock this one did not wait for. */
export function isSqliteBusy(error: unknown): boolean {
  return error instanceof Database.SqliteError && error.code.startsWith("SQLITE_BUSY");
}

/** True in processes whose checkpoints another thread runs: their connections must not checkpoint. */
export function checkpointsRunElsewhere(): boolean {
  return process.env.KUBEDECK_WAL_CHECKPOINTS === "background";
}

export interface CheckpointResult {
  /** Frames in the log, and how many of them are now copied into the database file. */
  readonly logFrames: number;
  readonly checkpointedFrames: number;
  /** Whether a RESTART was tried (the log had grown past `RESTART_AFTER_FRAMES`) and whether it got the write lock. */
  readonly restart: "not needed" | "done" | "busy";
}

/** Past this many frames (4 KB each) the log is made to start over instead of growing. */
export const RESTART_AFTER_FRAMES = 16_384;

type CheckpointRow = { busy: number; log: number; checkpointed: number };

function checkpoint(database: Database.Database, mode: "PASSIVE" | "RESTART"): CheckpointRow {
  const [row] = database.pragma(`wal_checkpoint(${mode})`) as CheckpointRow[];
  return row ?? { busy: 0, log: 0, checkpointed: 0 };
}

/**
 * One checkpoint on a connection with no busy wait (busy_timeout 0). PASSIVE first: it copies what no
 * reader still needs and never holds a lock. Under steady writing the log then never starts over on its
 * own (new frames arrive while the copy runs), so past `RESTART_AFTER_FRAMES` a RESTART follows: it
 * holds the write lock only while copying the few frames written since, which makes the next writer
 * start the log from the beginning. When a writer holds the lock, it is tried again next time, never
 * waited for (SQLite's busy wait sleeps up to 100 ms at a time, and writers queue behind it).
 */
export function checkpointOnce(database: Database.Database): CheckpointResult {
  const passive = checkpoint(database, "PASSIVE");
  if (passive.log <= RESTART_AFTER_FRAMES) return { logFrames: passive.log, checkpointedFrames: passive.checkpointed, restart: "not needed" };
  try {
    const restart = checkpoint(database, "RESTART");
    return { logFrames: restart.log, checkpointedFrames: restart.checkpointed, restart: restart.busy ? "busy" : "done" };
  } catch (error) {
    if (!isSqliteBusy(error)) throw error;
    return { logFrames: passive.log, checkpointedFrames: passive.checkpointed, restart: "busy" };
  }
}

/** Checkpoints the app's database every `intervalMs` on a connection of its own until the returned stop is called. */
export function runWalCheckpoints(intervalMs: number, onError: (error: unknown) => void): () => void {
  const database = new Database(databaseUrl().replace(/^file:/, ""));
  // The app's connections put the file in WAL mode too; until this one has, it could not checkpoint.
  database.pragma("journal_mode = WAL");
  database.pragma("busy_timeout = 0");
  const timer = setInterval(() => {
    try {
      checkpointOnce(database);
    } catch (error) {
      onError(error);
    }
  }, intervalMs);
  return () => {
    clearInterval(timer);
    database.close();
  };
}
