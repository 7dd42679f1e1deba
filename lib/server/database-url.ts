/** The SQLite database location: DATABASE_URL, or prisma/dev.db beside the project by default. */
export const DEFAULT_DATABASE_URL = "file:./prisma/dev.db";

export function databaseUrl(): string {
  return process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
}
