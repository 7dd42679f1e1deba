/** The database handle deck services take: the app's client, a script's, or a transaction's. */
import type { Prisma, PrismaClient } from "@/prisma/generated/client";

export type DeckDb = PrismaClient | Prisma.TransactionClient;
