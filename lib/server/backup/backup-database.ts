/**
 * A consistent copy of a live SQLite database (the CLI's `backup`; no `server-only`): SQLite's online
 * backup reads every page through a connection, so it includes what is still in the write-ahead log.
 * It copies all pages in one step, inside one read transaction, so the copy is one moment's database
 * while the app goes on writing (in WAL mode a reader blocks no writer). In small steps, as
 * better-sqlite3 does by default, every write between two steps restarts the copy, and a backup of an
 * app answering reviews all the time would never finish. The copy is written beside its destination
 * and renamed into place once complete, so a failed backup never leaves a half-written file under the
 * name asked for.
 */
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { appliedMigrations } from "./schema-version";

export interface BackupResult {
  readonly bytes: number;
  /** The last migration applied to the database copied (its schema version). */
  readonly schemaVersion: string | null;
}

export class BackupRefused extends Error {}

/** Pages per backup step: all of them (the most better-sqlite3 passes on to sqlite3_backup_step). */
const ALL_PAGES = 0x7fffffff;

export async function backupDatabase(source: string, destination: string): Promise<BackupResult> {
  if (!existsSync(source)) throw new BackupRefused(`there is no database at ${source}: nothing to back up. Check DATABASE_URL.`);
  if (existsSync(destination)) throw new BackupRefused(`${destination} already exists: choose another --out, or move that file away first.`);
  mkdirSync(path.dirname(destination), { recursive: true });
  const partial = `${destination}.partial`;
  rmSync(partial, { force: true });
  const live = new Database(source, { fileMustExist: true, timeout: 5_000 });
  try {
    await live.backup(partial, { progress: () => ALL_PAGES });
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    live.close();
  }
  const copy = new Database(partial, { fileMustExist: true });
  let schemaVersion: string | null;
  try {
    // The copy keeps the live database's WAL mode; a backup is one self-contained file.
    copy.pragma("journal_mode = DELETE");
    schemaVersion = appliedMigrations(copy)?.at(-1) ?? null;
  } finally {
    copy.close();
  }
  renameSync(partial, destination);
  return { bytes: statSync(destination).size, schemaVersion };
}
