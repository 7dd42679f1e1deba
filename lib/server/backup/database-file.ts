/**
 * Where the database of DATABASE_URL lives, for the backup and restore commands (outside Next, so no
 * `server-only`): a SQLite file resolved as Prisma's adapter and ../sqlite.ts open it (relative to the
 * working directory), or a PostgreSQL server, which has its own tools.
 */
import path from "node:path";

export type DatabaseLocation = { readonly kind: "sqlite"; readonly file: string } | { readonly kind: "postgres"; readonly url: string };

export function databaseLocation(url: string, cwd: string): DatabaseLocation {
  if (/^postgres(ql)?:\/\//i.test(url)) return { kind: "postgres", url };
  return { kind: "sqlite", file: path.resolve(cwd, url.replace(/^file:/, "").replace(/\?.*$/, "")) };
}

/** The commands a PostgreSQL deployment backs up and restores with (the URL is the connection string). */
export function postgresAdvice(): string {
  return [
    "DATABASE_URL names a PostgreSQL database: back it up and restore it with PostgreSQL's own tools:",
    '  pg_dump --format=custom --file=kubedeck.dump "$DATABASE_URL"',
    '  pg_restore --clean --if-exists --no-owner --dbname="$DATABASE_URL" kubedeck.dump',
    "(stop the app before pg_restore).",
  ].join("\n");
}

/** Bytes as a person reads them: 812 bytes, 4.2 MB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} KB`;
  if (bytes < 1_000_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  return `${(bytes / 1_000_000_000).toFixed(2)} GB`;
}

/** A path as the person gave it: relative to the working folder when inside it, else absolute. */
export function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : file;
}
