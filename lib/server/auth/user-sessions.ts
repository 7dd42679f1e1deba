import "server-only";
import { randomUUID } from "node:crypto";
import { sqliteDate, statement } from "../sqlite";

/**
 * Server-side sessions behind next-auth's JWTs: signing in records a session and puts its id (`sid`)
 * in the token; every request checks that session is live (one indexed read on the direct
 * connection), so sign-out, a password change or account deletion ends it at once instead of the
 * cookie working until it expires. A token without a `sid` (issued before this existed) is refused.
 */
export function startSession(userId: string, now: Date): string {
  const id = randomUUID();
  statement(`INSERT INTO "UserSession" ("id", "userId", "createdAt") VALUES (?, ?, ?)`).run(id, userId, sqliteDate(now));
  return id;
}

export function isSessionLive(sessionId: string, userId: string): boolean {
  const row = statement(`SELECT "revokedAt" FROM "UserSession" WHERE "id" = ? AND "userId" = ?`).get(sessionId, userId) as { revokedAt: string | null } | undefined;
  return row !== undefined && row.revokedAt === null;
}

/** Sign-out: ends this session only (the learner's other devices stay signed in). */
export function revokeSession(sessionId: string, now: Date): void {
  statement(`UPDATE "UserSession" SET "revokedAt" = ? WHERE "id" = ? AND "revokedAt" IS NULL`).run(sqliteDate(now), sessionId);
}

/** Password change: ends every session of the user. */
export function revokeAllSessions(userId: string, now: Date): void {
  statement(`UPDATE "UserSession" SET "revokedAt" = ? WHERE "userId" = ? AND "revokedAt" IS NULL`).run(sqliteDate(now), userId);
}

/** Account deletion: the user's session rows go with the account. */
export function forgetSessions(userId: string): void {
  statement(`DELETE FROM "UserSession" WHERE "userId" = ?`).run(userId);
}
