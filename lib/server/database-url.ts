/** The database location: DATABASE_URL, or the SQLite file prisma/dev.db beside the project by default. */
export const DEFAULT_DATABASE_URL = "file:./prisma/dev.db";

export function databaseUrl(): string {
  return process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
}

/** PostgreSQL when the URL says so (`postgresql://` or `postgres://`); SQLite (the default) otherwise. */
export function isPostgresUrl(url: string = databaseUrl()): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}
