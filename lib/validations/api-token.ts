/** Settings → API tokens and `kubedeck token:create`: one schema for both. */
import { z } from "zod";
import { withoutControlCharacters } from "./control-characters";

export const TOKEN_SCOPES = ["read", "write"] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

export const createApiTokenSchema = z.object({
  name: withoutControlCharacters(z.string({ error: "Give the token a name." }).trim().min(1, "Give the token a name, e.g. \"course CI\".").max(80, "The name is 80 characters at most.")),
  scope: z.enum(TOKEN_SCOPES, { error: () => "scope must be read or write." }).default("read"),
  days: z.number({ error: "days must be a number." }).int("days must be a whole number.").min(1, "A token lasts at least 1 day.").max(3650, "A token lasts at most 3650 days; leave days out for no expiry.").optional(),
});
export type CreateApiTokenInput = z.infer<typeof createApiTokenSchema>;

/** Tokens one account may hold at once (neither revoked nor expired). */
export const MAX_ACTIVE_TOKENS_PER_USER = 50;

/** Whether a token of `scope` may do what needs `needed` (write includes read). */
export function scopeAllows(scope: string, needed: TokenScope): boolean {
  return scope === "write" || (scope === "read" && needed === "read");
}

/** A token as Settings lists it (never the secret). */
export interface ApiTokenSummary {
  id: string;
  name: string;
  scope: string;
  hint: string;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  expired: boolean;
}
