/** Creates an API token for a user (Settings → API tokens and `kubedeck token:create`). */
import type { PrismaClient } from "@/prisma/generated/client";
import { createApiTokenSchema, MAX_ACTIVE_TOKENS_PER_USER, type CreateApiTokenInput } from "@/lib/validations/api-token";
import { ApiError } from "../api-error";
import { hashTokenSecret, newTokenSecret } from "./token-secret";

export interface CreatedApiToken {
  id: string;
  name: string;
  scope: string;
  expiresAt: string | null;
  /** Shown once; only its hash is stored. */
  token: string;
}

const DAY_MS = 86_400_000;

/** Creates a token; 422 when the account holds MAX_ACTIVE_TOKENS_PER_USER active ones already. */
export async function createApiToken(db: PrismaClient, userId: string, input: CreateApiTokenInput, now: Date): Promise<CreatedApiToken> {
  const { name, scope, days } = createApiTokenSchema.parse(input);
  const active = await db.apiToken.count({ where: { userId, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] } });
  if (active >= MAX_ACTIVE_TOKENS_PER_USER) {
    const message = `You have ${active} active API tokens, the most one account may hold. Revoke one you no longer use (Settings → API tokens), then create this one.`;
    throw new ApiError(422, message, [{ path: "", message }]);
  }
  const token = newTokenSecret();
  const expiresAt = days ? new Date(now.getTime() + days * DAY_MS) : null;
  const row = await db.apiToken.create({ data: { userId, name, scope, tokenHash: hashTokenSecret(token), hint: token.slice(-4), expiresAt, createdAt: now } });
  return { id: row.id, name: row.name, scope: row.scope, expiresAt: expiresAt?.toISOString() ?? null, token };
}
