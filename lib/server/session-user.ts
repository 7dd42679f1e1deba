import "server-only";
import { decode, getToken, type JWT, type JWTDecodeParams } from "next-auth/jwt";
import { isSessionLive, liveSessionUserPg } from "./auth/user-sessions";
import { isPostgresUrl } from "./database-url";
import { statement } from "./sqlite";

const SECURE_SESSION_COOKIE = "__Secure-next-auth.session-token";

export interface SessionUser {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly role: string;
}

const MAX_REMEMBERED_TOKENS = 5000;
const decodedTokens = new Map<string, JWT>();

/**
 * next-auth's own `decode`, remembered per token text: decoding derives the key (HKDF) and decrypts on
 * every call, the largest cost of a request's session check. The same text always decodes to the same
 * payload; a remembered payload is used only until its own expiry, after which next-auth decides again.
 */
async function rememberedDecode(params: JWTDecodeParams): Promise<JWT | null> {
  const key = `${params.salt ?? ""}\n${params.token ?? ""}`;
  const known = decodedTokens.get(key);
  if (known && (typeof known.exp !== "number" || known.exp * 1000 > Date.now())) return known;
  decodedTokens.delete(key);
  const payload = await decode(params);
  if (payload && params.token) {
    if (decodedTokens.size >= MAX_REMEMBERED_TOKENS) decodedTokens.delete(decodedTokens.keys().next().value as string);
    decodedTokens.set(key, payload);
  }
  return payload;
}

/**
 * The signed-in user named by the request's cookies (name → value), checked against the database so
 * a deleted account or a changed role takes effect at once; `null` when nobody is signed in. Framework
 * free, so Next's route handlers (through `getCurrentUser`) and the direct routes share it.
 */
export async function sessionUserFromCookies(cookies: Readonly<Record<string, string>>): Promise<SessionUser | null> {
  // Only the session cookie's JWT is decoded (getServerSession would also run the whole next-auth
  // handler and re-encrypt a token nobody receives); no bearer header. The user id is the token's
  // subject, which the session callback copies into session.user.id. The secret is next-auth's own
  // default (authOptions sets none): NEXTAUTH_SECRET.
  const token = await getToken({
    req: { cookies, headers: {} } as unknown as Parameters<typeof getToken>[0]["req"],
    secret: process.env.NEXTAUTH_SECRET,
    decode: rememberedDecode,
    // Behind https next-auth names its cookie "__Secure-…" (see authOptions): read whichever was set.
    secureCookie: Object.keys(cookies).some((name) => name.startsWith(SECURE_SESSION_COOKIE)),
  });
  const id = typeof token?.sub === "string" && token.sub !== "" ? token.sub : undefined;
  if (!id) return null;
  // Revoked by sign-out, a password change or account deletion (./auth/user-sessions.ts); a disabled
  // account (an admin set disabledAt) has no session user, so its sessions stop at once. On PostgreSQL
  // both are one read (each read is a round trip there).
  if (typeof token?.sid !== "string") return null;
  if (isPostgresUrl()) return (await liveSessionUserPg(token.sid, id)) ?? null;
  if (!(await isSessionLive(token.sid, id))) return null;
  // A prepared statement on the direct connection (see ./sqlite.ts): this runs on every request.
  const row = statement(`SELECT "id", "email", "name", "role" FROM "User" WHERE "id" = ? AND "disabledAt" IS NULL`).get(id) as SessionUser | undefined;
  return row ?? null;
}
