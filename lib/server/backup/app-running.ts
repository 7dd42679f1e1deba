/**
 * Whether the app (or anything else) has the database open, so `restore` never swaps a file from
 * under a running server (no `server-only`). Two checks: the pid file scripts/serve.mjs keeps beside
 * the database while it serves (it names the process to stop), and, for anything else that keeps it
 * open (`next dev`, Prisma Studio, a sqlite3 shell), SQLite's own locks: leaving WAL mode needs every
 * other connection closed. The second check also folds the write-ahead log into the file.
 */
import { existsSync, readFileSync, rmSync } from "node:fs";
import Database from "better-sqlite3";

/** The file scripts/serve.mjs writes while it serves `database` (keep the two in step). */
export function servePidFile(database: string): string {
  return `${database}.serve.pid`;
}

interface ServeRecord {
  readonly pid: number;
  readonly port: number | null;
}

function isServeProcess(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists but belongs to another user, so it may well be the app.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  // A pid is reused once its process ends: on Linux, make sure it is still scripts/serve.mjs.
  const cmdline = `/proc/${pid}/cmdline`;
  return !existsSync(cmdline) || readFileSync(cmdline, "utf8").includes("serve.mjs");
}

function readServeRecord(file: string): ServeRecord | null {
  try {
    const record = JSON.parse(readFileSync(file, "utf8")) as Partial<ServeRecord>;
    return typeof record.pid === "number" ? { pid: record.pid, port: typeof record.port === "number" ? record.port : null } : null;
  } catch {
    return null;
  }
}

/** Why the database cannot be replaced now, or null when nothing has it open. */
export function databaseInUse(database: string): string | null {
  const pidFile = servePidFile(database);
  if (existsSync(pidFile)) {
    const record = readServeRecord(pidFile);
    if (record && isServeProcess(record.pid)) {
      const where = record.port ? ` on port ${record.port}` : "";
      return `the app is running (scripts/serve.mjs, pid ${record.pid}${where}) with this database. Stop it first (Ctrl-C where \`npm start\` runs, or \`kill ${record.pid}\`), then restore again.`;
    }
    rmSync(pidFile, { force: true }); // left by a server that was killed
  }
  if (!existsSync(database)) return null;
  const probe = new Database(database, { fileMustExist: true, timeout: 250 });
  try {
    probe.pragma("journal_mode = DELETE");
    return null;
  } catch {
    return "another program has the database open (the app under `npm start` or `next dev`, Prisma Studio, a sqlite3 shell). Stop it, then restore again.";
  } finally {
    probe.close();
  }
}
