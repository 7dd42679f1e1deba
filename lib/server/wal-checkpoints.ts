/**
 * WAL checkpoints away from the request path. SQLite normally checkpoints inside whichever commit
 * pushes the write-ahead log past 1,000 pages; a checkpoint ends in fsync (4–10 ms on these disks),
 * and while other processes keep reading, the log cannot be restarted, so EVERY later commit tried
 * again: reviews stalled for milliseconds each. `scripts/serve.mjs` therefore turns automatic
 * checkpoints off in its workers (`KUBEDECK_WAL_CHECKPOINTS=background`) and runs `runWalCheckpoints`
 * in a thread of its primary process instead. Without serve.mjs nothing changes.
 */
import Database from "better-sqlite3";
import { databaseUrl } from "./database-url";

/** True in processes whose checkpoints another thread runs: their connections must not checkpoint. */
export function checkpointsRunElsewhere(): boolean {
  return process.env.KUBEDECK_WAL_CHECKPOINTS === "background";
}

export interface CheckpointResult {
  /** Frames in the log, and how many of them are now copied into the database file. */
  readonly logFrames: number;
  readonly checkpointedFrames: number;
  readonly mode: "PASSIVE" | "RESTART";
}

/** Past this many frames (4 KB each) a checkpoint also waits for writers, so the log starts over instead of growing. */
export const RESTART_AFTER_FRAMES = 8_192;

/**
 * One checkpoint: PASSIVE (never waits, copies what no reader still needs), or RESTART when the log
 * has grown past `RESTART_AFTER_FRAMES` because steady writing kept it from starting over.
 */
export function checkpointOnce(database: Database.Database, lastLogFrames: number): CheckpointResult {
  const mode = lastLogFrames > RESTART_AFTER_FRAMES ? "RESTART" : "PASSIVE";
  const [row] = database.pragma(`wal_checkpoint(${mode})`) as { busy: number; log: number; checkpointed: number }[];
  return { logFrames: row?.log ?? 0, checkpointedFrames: row?.checkpointed ?? 0, mode };
}

/** Checkpoints the app's database every `intervalMs` on a connection of its own until the returned stop is called. */
export function runWalCheckpoints(intervalMs: number, onError: (error: unknown) => void): () => void {
  const database = new Database(databaseUrl().replace(/^file:/, ""));
  // The app's connections put the file in WAL mode too; until this one has, it could not checkpoint.
  database.pragma("journal_mode = WAL");
  // A RESTART checkpoint waits for writers through the busy handler; readers never wait for it.
  database.pragma("busy_timeout = 2000");
  let logFrames = 0;
  const timer = setInterval(() => {
    try {
      logFrames = checkpointOnce(database, logFrames).logFrames;
    } catch (error) {
      onError(error);
    }
  }, intervalMs);
  return () => {
    clearInterval(timer);
    database.close();
  };
}
