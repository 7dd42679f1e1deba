/** Creates an API token for a user (Settings → API tokens and `kubedeck token:create`). */
import type { PrismaClient } from "@/prisma/generated/client";
import { createApiTokenSchema, type CreateApiTokenInput } from "@/lib/validations/api-token";
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

export async function createApiToken(db: PrismaClient, userId: string, input: CreateApiTokenInput, now: Date): Promise<CreatedApiToken> {
  const { name, scope, days } = createApiTokenSchema.parse(input);
  const token = newTokenSecret();
  const expiresAt = days ? new Date(now.getTime() + days * DAY_MS) : null;
  const row = await db.apiToken.create({ data: { userId, name, scope, tokenHash: hashTokenSecret(token), hint: token.slice(-4), expiresAt, createdAt: now } });
  return { id: row.id, name: row.name, scope: row.scope, expiresAt: expiresAt?.toISOString() ?? null, token };
}
