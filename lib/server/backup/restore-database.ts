/**
 * Replaces the SQLite database with a backup (the CLI's `restore`; no `server-only`). The backup is
 * copied beside the database first and checked there (./check-backup-file.ts), so a refused file
 * changes nothing; the database it replaces is kept beside it, renamed, until the person deletes it.
 */
import { copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, closeSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { databaseInUse } from "./app-running";
import { checkBackupFile } from "./check-backup-file";

export type RestoreOutcome =
  | { readonly ok: true; readonly bytes: number; readonly applied: readonly string[]; readonly pending: readonly string[]; readonly previous: string | null }
  | { readonly ok: false; readonly reason: string };

/** `2026-12-07T08-01-02Z`: a timestamp that sorts and is safe in a file name. */
export function fileStamp(now: Date): string {
  return now.toISOString().replace(/\.\d+Z$/, "Z").replace(/:/g, "-");
}

function syncFolder(folder: string): void {
  const descriptor = openSync(folder, "r");
  try {
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
}

export function restoreDatabase(backup: string, database: string, now: Date): RestoreOutcome {
  const name = path.basename(backup);
  if (!existsSync(backup) || !statSync(backup).isFile()) return { ok: false, reason: `there is no file ${backup}.` };
  mkdirSync(path.dirname(database), { recursive: true });
  const staged = `${database}.restoring`;
  for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(`${staged}${suffix}`, { force: true });
  copyFileSync(backup, staged);
  try {
    const verdict = checkBackupFile(staged, name);
    if (!verdict.ok) return verdict;
    const busy = databaseInUse(database);
    if (busy) return { ok: false, reason: busy };
    let previous: string | null = null;
    if (existsSync(database)) {
      previous = `${database}.before-restore-${fileStamp(now)}`;
      renameSync(database, previous);
    }
    // The probe in databaseInUse folded any write-ahead log into the old file; a log left now would
    // be replayed into the restored database, so none may stay.
    for (const suffix of ["-journal", "-wal", "-shm"]) rmSync(`${database}${suffix}`, { force: true });
    renameSync(staged, database);
    syncFolder(path.dirname(database));
    return { ok: true, bytes: statSync(database).size, applied: verdict.applied, pending: verdict.pending, previous };
  } finally {
    for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(`${staged}${suffix}`, { force: true });
  }
}
