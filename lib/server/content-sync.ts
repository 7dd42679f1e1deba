/**
 * Loads the built-in curriculum from content/ into the database. Filled in by the notes issue;
 * for now it reports that there is nothing to load.
 */
import type { PrismaClient } from "@/prisma/generated/client";

export interface SyncReport {
  readonly summary: string;
}

export async function syncBuiltInContent(_db: PrismaClient, _root: string): Promise<SyncReport> {
  return { summary: "sync not wired yet" };
}
