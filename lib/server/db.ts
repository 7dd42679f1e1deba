import "server-only";
import type { PrismaClient } from "@/prisma/generated/client";
import { isPostgresUrl } from "./database-url";
import { createPrismaClient } from "./prisma-client";
import { checkpointsRunElsewhere } from "./wal-checkpoints";

/** One Prisma client per process (kept on globalThis so Next's dev reloads do not open more). */
const globalForPrisma = globalThis as unknown as { kubedeckPrisma?: PrismaClient };

function createAppClient(): PrismaClient {
  const client = createPrismaClient();
  if (isPostgresUrl()) return client;
  // Write-ahead logging lets readers run while a review is written, and NORMAL sync is safe with WAL.
  client
    .$queryRawUnsafe("PRAGMA journal_mode = WAL")
    .then(() => client.$queryRawUnsafe("PRAGMA synchronous = NORMAL"))
    .then(() => (checkpointsRunElsewhere() ? client.$queryRawUnsafe("PRAGMA wal_autocheckpoint = 0") : undefined))
    .catch((error: unknown) => console.error("Could not switch SQLite to WAL mode; continuing without it:", error));
  return client;
}

export const db: PrismaClient = globalForPrisma.kubedeckPrisma ?? createAppClient();

globalForPrisma.kubedeckPrisma = db;
