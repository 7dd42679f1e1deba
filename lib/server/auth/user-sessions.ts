import "server-only";
import { randomUUID } from "node:crypto";
import { isPostgresUrl } from "../database-url";
import { pgDate, pgRow, pgRun } from "../postgres";
import { sqliteDate, statement } from "../sqlite";

/**
 * Server-side sessions behind next-auth's JWTs: signing in records a session and puts its id (`sid`)
 * in the token; every request checks that session is live (one indexed read on the direct
 * connection: ../sqlite.ts, or ../postgres.ts on PostgreSQL, where every instance reads the same
 * rows), so sign-out, a password change or account deletion ends it at once instead of the cookie
 * working until it expires. A token without a `sid` (issued before this existed) is refused.
 */
export async function startSession(userId: string, now: Date): Promise<string> {
  const id = randomUUID();
  if (isPostgresUrl()) await pgRun(`INSERT INTO "UserSession" ("id", "userId", "createdAt") VALUES ($1, $2, $3)`, [id, userId, pgDate(now)]);
  else statement(`INSERT INTO "UserSession" ("id", "userId", "createdAt") VALUES (?, ?, ?)`).run(id, userId, sqliteDate(now));
  return id;
}

export async function isSessionLive(sessionId: string, userId: string): Promise<boolean> {
  const row = isPostgresUrl()
    ? await pgRow<{ revokedAt: Date | null }>(`SELECT "revokedAt" FROM "UserSession" WHERE "id" = $1 AND "userId" = $2`, [sessionId, userId])
    : (statement(`SELECT "revokedAt" FROM "UserSession" WHERE "id" = ? AND "userId" = ?`).get(sessionId, userId) as { revokedAt: string | null } | undefined);
  return row !== undefined && row.revokedAt === null;
}

/**
 * `isSessionLive` and the session's user (enabled accounts only) in one read: on PostgreSQL every read is
 * a round trip over the network, and this one runs on every request.
 */
export async function liveSessionUserPg(sessionId: string, userId: string): Promise<{ id: string; email: string; name: string; role: string } | undefined> {
  return pgRow<{ id: string; email: string; name: string; role: string }>(
    `SELECT u."id", u."email", u."name", u."role" FROM "UserSession" s JOIN "User" u ON u."id" = s."userId"
      WHERE s."id" = $1 AND s."userId" = $2 AND s."revokedAt" IS NULL AND u."disabledAt" IS NULL`,
    [sessionId, userId],
  );
}

/** Sign-out: ends this session only (the learner's other devices stay signed in). */
export async function revokeSession(sessionId: string, now: Date): Promise<void> {
  if (isPostgresUrl()) await pgRun(`UPDATE "UserSession" SET "revokedAt" = $1 WHERE "id" = $2 AND "revokedAt" IS NULL`, [pgDate(now), sessionId]);
  else statement(`UPDATE "UserSession" SET "revokedAt" = ? WHERE "id" = ? AND "revokedAt" IS NULL`).run(sqliteDate(now), sessionId);
}

/** Password change: ends every session of the user. */
export async function revokeAllSessions(userId: string, now: Date): Promise<void> {
  if (isPostgresUrl()) await pgRun(`UPDATE "UserSession" SET "revokedAt" = $1 WHERE "userId" = $2 AND "revokedAt" IS NULL`, [pgDate(now), userId]);
  else statement(`UPDATE "UserSession" SET "revokedAt" = ? WHERE "userId" = ? AND "revokedAt" IS NULL`).run(sqliteDate(now), userId);
}

/** Account deletion: the user's session rows go with the account. */
export async function forgetSessions(userId: string): Promise<void> {
  if (isPostgresUrl()) await pgRun(`DELETE FROM "UserSession" WHERE "userId" = $1`, [userId]);
  else statement(`DELETE FROM "UserSession" WHERE "userId" = ?`).run(userId);
}
