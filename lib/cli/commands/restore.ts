import path from "node:path";
import { parseArgs } from "node:util";
import { EXIT_USAGE, type CliCommand } from "../command";

const USAGE = `Usage: npx kubedeck restore FILE

Replaces the database named by DATABASE_URL (default prisma/dev.db) with FILE, a file written by
\`npx kubedeck backup\`. FILE must pass SQLite's integrity check and have Kubedeck's schema, no newer
than this copy of Kubedeck (an older one is migrated by the next \`npm start\`). The app must be
stopped. The database it replaces is kept beside it as <database>.before-restore-<UTC time>.
On PostgreSQL, prints the pg_restore command to use instead.
Exit codes: 0 restored, 1 refused or failed (nothing changed), 2 usage error or a PostgreSQL database (use pg_restore).`;

export const command: CliCommand = {
  name: "restore",
  summary: "Replace the database with a backup (the app must be stopped).",
  usage: USAGE,
  run: async (args, io) => {
    let positionals: string[];
    try {
      ({ positionals } = parseArgs({ args: [...args], options: {}, strict: true, allowPositionals: true }));
    } catch (error) {
      io.stderr(`kubedeck restore: ${(error as Error).message}\n\n${USAGE}\n`);
      return EXIT_USAGE;
    }
    const [file, ...extra] = positionals;
    if (!file || extra.length > 0) {
      io.stderr(`kubedeck restore: give exactly one backup file.\n\n${USAGE}\n`);
      return EXIT_USAGE;
    }
    const { databaseUrl } = await import("@/lib/server/database-url");
    const { databaseLocation, displayPath, formatBytes, postgresAdvice } = await import("@/lib/server/backup/database-file");
    const { restoreDatabase } = await import("@/lib/server/backup/restore-database");
    const location = databaseLocation(databaseUrl(), io.cwd);
    if (location.kind === "postgres") {
      io.stderr(`kubedeck restore: ${postgresAdvice()}\n`);
      // Not something this command does: the database's own tools do it (the command to run is printed).
      return EXIT_USAGE;
    }
    const shown = (target: string) => displayPath(target, io.cwd);
    try {
      const outcome = restoreDatabase(path.resolve(io.cwd, file), location.file, io.now());
      if (!outcome.ok) {
        io.stderr(`kubedeck restore: refused, nothing changed: ${outcome.reason}\n`);
        return 1;
      }
      io.stdout(`Restored ${file} into ${shown(location.file)} (${formatBytes(outcome.bytes)}, schema ${outcome.applied.at(-1) ?? "unknown"}).\n`);
      if (outcome.previous) io.stdout(`The database it replaced is kept as ${shown(outcome.previous)}; delete it once you are satisfied.\n`);
      if (outcome.pending.length > 0) {
        io.stdout(`The backup predates ${outcome.pending.length} migration(s) (${outcome.pending.join(", ")}): \`npm start\` applies them.\n`);
      }
      io.stdout("Start the app again with `npm start`.\n");
      return 0;
    } catch (error) {
      io.stderr(`kubedeck restore: the restore failed: ${(error as Error).message}\n`);
      return 1;
    }
  },
};
