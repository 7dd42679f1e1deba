/**
 * API token secrets: `kd_` and 32 random bytes (base64url), so a hash without salt is safe to store;
 * only the SHA-256 is kept. No `server-only`: the CLI creates tokens too.
 */
import { createHash, randomBytes } from "node:crypto";

export const TOKEN_PREFIX = "kd_";

export function newTokenSecret(): string {
  return `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
}

export function hashTokenSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}
