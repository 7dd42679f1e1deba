/**
 * Prisma CLI configuration. The schema engine runs as WebAssembly through the better-sqlite3
 * driver adapter, so migrations work offline (no engine binary download).
 */
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { defineConfig } from "prisma/config";

process.env.CHECKPOINT_DISABLE ??= "1";
// With a postgresql:// DATABASE_URL this config only generates the SQLite client (the PostgreSQL one has
// prisma.postgresql.config.ts); the SQLite schema's datasource must still see a file URL.
const databaseUrl = process.env.DATABASE_URL && !/^postgres(ql)?:\/\//i.test(process.env.DATABASE_URL) ? process.env.DATABASE_URL : "file:./prisma/dev.db";
process.env.DATABASE_URL = databaseUrl;

export default defineConfig({
  experimental: { adapter: true },
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  engine: "js",
  adapter: async () => new PrismaBetterSQLite3({ url: databaseUrl }),
});
