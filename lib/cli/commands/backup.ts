import path from "node:path";
import { parseArgs } from "node:util";
import { EXIT_USAGE, type CliCommand } from "../command";

const USAGE = `Usage: npx kubedeck backup [--out FILE]

Writes a consistent snapshot of the database named by DATABASE_URL (default prisma/dev.db) while the
app keeps running (SQLite's online backup), and prints the file and its size. Without --out the file
is backups/kubedeck-<UTC time>.db. An existing file is never overwritten.
On PostgreSQL, prints the pg_dump command to use instead.
Exit codes: 0 written, 1 failed or refused, 2 usage error or a PostgreSQL database (use pg_dump).`;

export const command: CliCommand = {
  name: "backup",
  summary: "Snapshot the database while the app runs (restore it with `restore`).",
  usage: USAGE,
  run: async (args, io) => {
    let out: string | undefined;
    try {
      ({ values: { out } } = parseArgs({ args: [...args], options: { out: { type: "string" } }, strict: true, allowPositionals: false }));
    } catch (error) {
      io.stderr(`kubedeck backup: ${(error as Error).message}\n\n${USAGE}\n`);
      return EXIT_USAGE;
    }
    if (out === "") {
      io.stderr(`kubedeck backup: --out needs a file name.\n\n${USAGE}\n`);
      return EXIT_USAGE;
    }
    const { databaseUrl } = await import("@/lib/server/database-url");
    const { databaseLocation, displayPath, formatBytes, postgresAdvice } = await import("@/lib/server/backup/database-file");
    const { backupDatabase, BackupRefused } = await import("@/lib/server/backup/backup-database");
    const { fileStamp } = await import("@/lib/server/backup/restore-database");
    const location = databaseLocation(databaseUrl(), io.cwd);
    if (location.kind === "postgres") {
      io.stderr(`kubedeck backup: ${postgresAdvice()}\n`);
      // Not something this command does: the database's own tools do it (the command to run is printed).
      return EXIT_USAGE;
    }
    const destination = path.resolve(io.cwd, out ?? path.join("backups", `kubedeck-${fileStamp(io.now())}.db`));
    try {
      const result = await backupDatabase(location.file, destination);
      const shown = displayPath(destination, io.cwd);
      io.stdout(`Backed up ${displayPath(location.file, io.cwd)} to ${shown} (${formatBytes(result.bytes)}, schema ${result.schemaVersion ?? "unknown"}).\n`);
      io.stdout(`Restore it with: npx kubedeck restore ${shown}\n`);
      return 0;
    } catch (error) {
      const message = error instanceof BackupRefused ? error.message : `the backup failed: ${(error as Error).message}`;
      io.stderr(`kubedeck backup: ${message}\n`);
      return 1;
    }
  },
};
