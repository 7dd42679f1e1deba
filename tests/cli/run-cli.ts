/** Runs `kubedeck` in-process against the database DATABASE_URL names, capturing its output. */
import path from "node:path";
import Database from "better-sqlite3";
import { main } from "@/lib/cli/main";

export const projectRoot = path.resolve(__dirname, "../..");

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function runCli(args: string[], cwd: string = projectRoot): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), cwd, now: () => new Date() });
  return { code, stdout, stderr };
}

/** Every row of every table of a SQLite file, by table name, in rowid order (for row-by-row comparison). */
export function dumpTables(file: string): Record<string, unknown[]> {
  const database = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const tables = database.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as { name: string }[];
    return Object.fromEntries(tables.map(({ name }) => [name, database.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()]));
  } finally {
    database.close();
  }
}
