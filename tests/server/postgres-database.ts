/**
 * A fresh PostgreSQL database with every PostgreSQL migration applied, for integration tests. They run
 * when KUBEDECK_TEST_POSTGRES_URL names a server where the tests may create and drop databases (CI's
 * .ci/run starts one and sets it); without it they are skipped and say so.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { createPrismaClient } from "@/lib/server/prisma-client";
import { postgresConnection } from "@/lib/server/postgres-config";
import { migratePostgres } from "@/lib/server/postgres-migrations";

export const TEST_POSTGRES_URL = process.env.KUBEDECK_TEST_POSTGRES_URL;

/** The server URL with another database name. */
export function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function onServer<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(postgresConnection(serverUrl));
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function migratedPostgresDatabase(name: string, serverUrl: string = TEST_POSTGRES_URL ?? "") {
  const database = `kubedeck_${name.replace(/[^a-z0-9]/g, "_")}_${randomBytes(4).toString("hex")}`;
  await onServer(serverUrl, (client) => client.query(`CREATE DATABASE "${database}"`));
  const url = withDatabase(serverUrl, database);
  await migratePostgres(url);
  const db = createPrismaClient(url);
  return {
    db,
    url,
    database,
    async dispose() {
      await db.$disconnect();
      // The app's own pool (lib/server/postgres.ts), if the test used it: closed before its database goes.
      await (await import("@/lib/server/postgres")).closePostgresPool();
      await onServer(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
    },
  };
}
