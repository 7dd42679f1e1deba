/**
 * The checks every route runs before any authentication or database work, in one place for Next's
 * route handlers (`withUser`, `guardedRoute`) and the direct routes:
 *
 * - a body limit read from Content-Length (413 before anything else; 1 MB unless the route states more);
 * - for state-changing methods, a same-origin request (CSRF): the `Origin` header names this app
 *   (its Host, X-Forwarded-Host or NEXTAUTH_URL), or, without Origin, `Sec-Fetch-Site: same-origin`;
 *   else 403. Requests authenticated by `Authorization: Bearer` and no cookie are exempt: a browser
 *   never attaches a bearer token by itself, so they cannot be forged by another site. On routes that
 *   need a session (`sessionRequired`), so is any request without a cookie: it can act as nobody, and
 *   meets authentication (401) instead;
 * - a body declared as `application/json` by its parsed media type (not a substring), else 403 (the
 *   issue's contract: a text/plain or form body is how another site forges a request).
 *
 * The body itself is read by `readJsonBody`, which counts bytes while streaming (chunked bodies
 * without Content-Length meet the same limit).
 */
import { ApiError, DEFAULT_BODY_LIMIT_BYTES, mediaTypeOf, requireJsonContentType } from "../api-error";

export interface RequestGuardOptions {
  /** Largest accepted body in bytes (default 1 MB). */
  readonly maxBodyBytes?: number;
  /** "json" (default): a state-changing request's body must be application/json; "form": next-auth's own form posts. */
  readonly body?: "json" | "form";
  /**
   * The route answers only a signed-in user (withUser, the direct routes): a request without a cookie
   * carries no ambient credential a forger could borrow, so it meets authentication (401) instead of
   * the Origin check. Routes anyone may call (sign-up, next-auth) check the Origin of every request.
   */
  readonly sessionRequired?: boolean;
}

/** Reads a request header by lower-case name (Fetch `Headers.get` or Node's `IncomingMessage.headers`). */
export type HeaderReader = (name: string) => string | null | undefined;

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function isStateChanging(method: string): boolean {
  return !SAFE_METHODS.has(method.toUpperCase());
}

/**
 * Hook for token-authenticated APIs (/api/v1): a request that carries `Authorization: Bearer …` and no
 * cookie is not a browser's ambient credential, so the Origin check does not apply to it. The token
 * itself is checked by the route that accepts it.
 */
export function isBearerOnly(header: HeaderReader): boolean {
  return /^Bearer\s+\S/i.test(header("authorization") ?? "") && !header("cookie");
}

function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return null;
  }
}

/** True when the request comes from a page of this app (see the module comment). */
export function isSameOrigin(header: HeaderReader): boolean {
  const origin = header("origin");
  if (!origin) return header("sec-fetch-site") === "same-origin";
  const from = hostOf(origin);
  if (!from) return false; // "null" (sandboxed frames, opaque origins) or malformed
  const own = [header("host"), ...(header("x-forwarded-host") ?? "").split(",")].map((host) => host?.trim().toLowerCase());
  own.push(hostOf(process.env.NEXTAUTH_URL) ?? undefined);
  return own.some((host) => host === from);
}

/** 413 when Content-Length declares more than `limit` bytes. */
export function requireDeclaredLengthWithin(header: HeaderReader, limit: number): void {
  const declared = Number(header("content-length") ?? "0");
  if (Number.isFinite(declared) && declared > limit) {
    throw new ApiError(413, `The request body is ${declared} bytes; at most ${limit} are accepted.`);
  }
}

function hasBody(header: HeaderReader): boolean {
  return Number(header("content-length") ?? "0") > 0 || Boolean(header("transfer-encoding"));
}

/** Runs every check of the module comment; throws the ApiError to answer with. */
export function guardRequest(method: string, header: HeaderReader, options: RequestGuardOptions = {}): void {
  requireDeclaredLengthWithin(header, options.maxBodyBytes ?? DEFAULT_BODY_LIMIT_BYTES);
  if (!isStateChanging(method)) return;
  const ambientCredential = options.sessionRequired ? Boolean(header("cookie")) : !isBearerOnly(header);
  if (ambientCredential && !isSameOrigin(header)) {
    throw new ApiError(403, "This request did not come from a Kubedeck page (its Origin is another site), so it was refused. Use the app itself.");
  }
  if ((options.body ?? "json") === "json") {
    if (hasBody(header) || header("content-type")) requireJsonContentType(header("content-type"));
  } else if (mediaTypeOf(header("content-type")) !== "application/x-www-form-urlencoded" && hasBody(header)) {
    throw new ApiError(403, "Sign-in and sign-out take a form, so this request was refused: send it with Content-Type: application/x-www-form-urlencoded.");
  }
}
