/**
 * Whether a file may replace the database (the CLI's `restore`; no `server-only`): a SQLite database
 * that passes `PRAGMA integrity_check`, made by Kubedeck (Prisma's migration table, this project's
 * first migration), with no migration this code does not know (a newer schema) or that failed.
 */
import Database from "better-sqlite3";
import { appliedMigrations, failedMigrations, knownMigrations } from "./schema-version";

export type BackupVerdict =
  | { readonly ok: true; readonly applied: readonly string[]; readonly pending: readonly string[] }
  | { readonly ok: false; readonly reason: string };

const SHOWN_PROBLEMS = 5;

function refuse(reason: string): BackupVerdict {
  return { ok: false, reason };
}

function integrityProblems(database: Database.Database): string[] {
  const rows = database.pragma("integrity_check") as { integrity_check: string }[];
  return rows.map((row) => row.integrity_check).filter((line) => line !== "ok");
}

function schemaVerdict(database: Database.Database, name: string, known: readonly string[]): BackupVerdict {
  const applied = appliedMigrations(database);
  const first = known[0];
  if (applied === null || (first !== undefined && !applied.includes(first))) {
    return refuse(`${name} is not a Kubedeck database (it has no record of Kubedeck's migrations): restore a file written by \`npx kubedeck backup\`.`);
  }
  const failed = failedMigrations(database);
  if (failed.length > 0) return refuse(`${name} records a migration that failed part-way (${failed.join(", ")}): its schema is not trustworthy; restore an earlier backup.`);
  const unknown = applied.filter((migration) => !known.includes(migration));
  if (unknown.length > 0) {
    return refuse(`${name} has a newer schema than this Kubedeck: it has migrations this copy does not know (${unknown.join(", ")}). Update Kubedeck (git pull, npm install), then restore again.`);
  }
  return { ok: true, applied, pending: known.filter((migration) => !applied.includes(migration)) };
}

/** Checks `file` (a scratch copy: opening it may settle its journal) and says whether it can be restored. */
export function checkBackupFile(file: string, name: string, known: readonly string[] = knownMigrations()): BackupVerdict {
  let database: Database.Database;
  try {
    database = new Database(file, { fileMustExist: true });
  } catch (error) {
    return refuse(`${name} cannot be opened: ${(error as Error).message}.`);
  }
  try {
    let problems: string[];
    try {
      database.pragma("journal_mode = DELETE");
      problems = integrityProblems(database);
    } catch (error) {
      return refuse(`${name} is damaged or not a SQLite database (${(error as Error).message}): restore another backup.`);
    }
    if (problems.length > 0) {
      const shown = problems.slice(0, SHOWN_PROBLEMS).join("; ");
      const more = problems.length > SHOWN_PROBLEMS ? ` (and ${problems.length - SHOWN_PROBLEMS} more)` : "";
      return refuse(`${name} is damaged: PRAGMA integrity_check found ${shown}${more}. Restore another backup.`);
    }
    return schemaVerdict(database, name, known);
  } finally {
    database.close();
  }
}
