import "server-only";
import { scopeAllows, type TokenScope } from "@/lib/validations/api-token";
import { ApiError } from "../api-error";
import { db } from "../db";
import type { SessionUser } from "../session-user";
import { hashTokenSecret } from "./token-secret";

/** Last use is written at most once a minute per token, so a busy CI job does not write on every call. */
const LAST_USE_RESOLUTION_MS = 60_000;

/**
 * The user an `Authorization: Bearer <token>` header names, for routes that accept API tokens;
 * null when the request has no bearer token (the cookie session applies). A token that is unknown,
 * revoked or expired is a 401; a read token on a route that writes is a 403.
 */
export async function userFromBearer(request: Request, needed: TokenScope, now: Date = new Date()): Promise<SessionUser | null> {
  const header = request.headers.get("authorization");
  if (!header) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1]) throw new ApiError(401, 'The Authorization header must be "Bearer <token>" with a token from Settings → API tokens.');
  const row = await db.apiToken.findUnique({ where: { tokenHash: hashTokenSecret(match[1]) }, include: { user: { select: { id: true, email: true, name: true, role: true } } } });
  if (!row || row.revokedAt) throw new ApiError(401, "This API token is not valid (unknown or revoked). Create a new one in Settings → API tokens.");
  if (row.expiresAt && row.expiresAt <= now) {
    throw new ApiError(401, `This API token expired on ${row.expiresAt.toISOString().slice(0, 10)}. Create a new one in Settings → API tokens.`);
  }
  if (!scopeAllows(row.scope, needed)) {
    throw new ApiError(403, `This API token "${row.name}" has the read scope; this request writes. Use a token with the write scope.`);
  }
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USE_RESOLUTION_MS) {
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  return row.user;
}
