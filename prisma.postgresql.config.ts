/**
 * Prisma CLI configuration for the PostgreSQL client (prisma/postgresql/schema.prisma, generated from
 * prisma/schema.prisma by scripts/postgresql-schema.mjs). Used for `prisma generate --config
 * prisma.postgresql.config.ts` and `prisma migrate diff`; migrations are applied by
 * scripts/migrate-postgresql.ts (prisma/orm#27403 stops `migrate deploy` here).
 */
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";
import { postgresConnection } from "./lib/server/postgres-config";

process.env.CHECKPOINT_DISABLE ??= "1";
const url = process.env.DATABASE_URL?.startsWith("postgres") ? process.env.DATABASE_URL : "postgresql://postgres@localhost:5432/kubedeck";
process.env.DATABASE_URL = url;

export default defineConfig({
  experimental: { adapter: true },
  schema: path.join("prisma", "postgresql", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations-postgresql") },
  engine: "js",
  adapter: async () => new PrismaPg({ ...postgresConnection(url) }),
});
