import "server-only";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { authOptions } from "./auth";
import { db } from "./db";

export interface SessionUser {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly role: string;
}

/**
 * The signed-in user, read from the JWT session and checked against the database, so a deleted
 * account or a changed role takes effect at once. `null` when nobody is signed in.
 */
export const getCurrentUser = cache(async function getCurrentUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  if (!id) return null;
  // Plain SQL: this runs on every request, and Prisma's query compiler costs about three times the read.
  const rows = await db.$queryRaw<SessionUser[]>`SELECT "id", "email", "name", "role" FROM "User" WHERE "id" = ${id}`;
  return rows[0] ?? null;
});
