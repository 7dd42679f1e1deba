import "server-only";
import type { ApiTokenSummary } from "@/lib/validations/api-token";
import { db } from "../db";

export type { ApiTokenSummary };


/** The user's live tokens (revoked ones left out), newest first. */
export async function listApiTokens(userId: string, now: Date): Promise<ApiTokenSummary[]> {
  const rows = await db.apiToken.findMany({ where: { userId, revokedAt: null }, orderBy: { createdAt: "desc" } });
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    scope: row.scope,
    hint: row.hint,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt?.toISOString() ?? null,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    expired: row.expiresAt !== null && row.expiresAt <= now,
  }));
}
