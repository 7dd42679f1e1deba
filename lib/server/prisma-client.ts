/**
 * A Prisma client for the database of DATABASE_URL (outside Next too, where `server-only` cannot be
 * imported): SQLite through better-sqlite3 by default, PostgreSQL through `pg` for a postgresql:// URL.
 * Both clients are generated from the one schema (prisma/postgresql/schema.prisma is written from
 * prisma/schema.prisma), so callers see one type: the SQLite client's.
 */
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/prisma/generated/client";
import { PrismaClient as PostgresPrismaClient } from "@/prisma/generated-postgresql/client";
import { databaseUrl, isPostgresUrl } from "./database-url";
import { postgresConnection } from "./postgres-config";

export function createPrismaClient(url: string = databaseUrl()): PrismaClient {
  if (!isPostgresUrl(url)) return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
  // The same models, fields and queries; the types differ only where PostgreSQL offers more (transaction
  // isolation levels beyond "Serializable"), which callers written against SQLite never ask for.
  return new PostgresPrismaClient({ adapter: new PrismaPg({ ...postgresConnection(url) }) }) as unknown as PrismaClient;
}
