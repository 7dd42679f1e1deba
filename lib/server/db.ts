import "server-only";
import type { PrismaClient } from "@/prisma/generated/client";
import { createPrismaClient } from "./prisma-client";

/** One Prisma client per process (kept on globalThis so Next's dev reloads do not open more). */
const globalForPrisma = globalThis as unknown as { kubedeckPrisma?: PrismaClient };

export const db: PrismaClient = globalForPrisma.kubedeckPrisma ?? createPrismaClient();

globalForPrisma.kubedeckPrisma = db;
