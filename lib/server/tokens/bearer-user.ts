import "server-only";
import { scopeAllows, type TokenScope } from "@/lib/validations/api-token";
import { ApiError } from "../api-error";
import { bearerWaitSeconds, recordFailedBearer } from "../auth/sign-in-limits";
import { db } from "../db";
import { clientAddress } from "../http/client-address";
import type { SessionUser } from "../session-user";
import { hashTokenSecret } from "./token-secret";

/** Last use is written at most once a minute per token, so a busy CI job does not write on every call. */
const LAST_USE_RESOLUTION_MS = 60_000;

/** A 401 for a token that does not name a user, counted against the client's address (token guessing). */
async function refuseToken(address: string, message: string): Promise<never> {
  await recordFailedBearer(address);
  throw new ApiError(401, message);
}

/**
 * The user an `Authorization: Bearer <token>` header names, for routes that accept API tokens;
 * null when the request has no bearer token (the cookie session applies). A token that is unknown,
 * revoked, expired or malformed is a 401 and counts against the client's address: past the limit
 * (lib/server/auth/sign-in-limits.ts), every bearer request from it is a 429 with Retry-After, before
 * a token is looked up. A read token on a route that writes is a 403.
 */
export async function userFromBearer(request: Request, needed: TokenScope, now: Date = new Date()): Promise<SessionUser | null> {
  const header = request.headers.get("authorization");
  if (!header) return null;
  const address = clientAddress((name) => request.headers.get(name));
  const wait = await bearerWaitSeconds(address);
  if (wait > 0) {
    const minutes = Math.ceil(wait / 60);
    throw new ApiError(429, `Too many requests with an invalid API token from your network. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`, [], { "retry-after": String(wait) });
  }
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1]) return refuseToken(address, 'The Authorization header must be "Bearer <token>" with a token from Settings → API tokens.');
  const row = await db.apiToken.findUnique({ where: { tokenHash: hashTokenSecret(match[1]) }, include: { user: { select: { id: true, email: true, name: true, role: true } } } });
  if (!row || row.revokedAt) return refuseToken(address, "This API token is not valid (unknown or revoked). Create a new one in Settings → API tokens.");
  if (row.expiresAt && row.expiresAt <= now) {
    return refuseToken(address, `This API token expired on ${row.expiresAt.toISOString().slice(0, 10)}. Create a new one in Settings → API tokens.`);
  }
  if (!scopeAllows(row.scope, needed)) {
    throw new ApiError(403, `This API token "${row.name}" has the read scope; this request writes. Use a token with the write scope.`);
  }
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USE_RESOLUTION_MS) {
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  return row.user;
}
