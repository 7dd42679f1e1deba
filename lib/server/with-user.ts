import "server-only";
import { NextRequest } from "next/server";
import type { TokenScope } from "@/lib/validations/api-token";
import { hasRole, type Role } from "@/lib/validations/user";
import { ApiError, DEFAULT_BODY_LIMIT_BYTES, handleApiError, readBodyTextWithin, setBodyLimit } from "./api-error";
import { getCurrentUser, type SessionUser } from "./current-user";
import { guardRequest, isStateChanging, type RequestGuardOptions } from "./http/request-guard";
import { userFromBearer } from "./tokens/bearer-user";

export interface HandlerContext<P> {
  readonly user: SessionUser;
  readonly params: P;
}

type RouteContext<P> = { params: Promise<P> };

export interface RouteOptions extends RequestGuardOptions {
  readonly role?: Role;
  /** Also accept `Authorization: Bearer <API token>` with at least this scope (only /api/v1 routes set it). */
  readonly token?: TokenScope;
  /** Maps errors to the response (default: handleApiError); /api/v1 answers its own error shape. */
  readonly onError?: (error: unknown) => Response;
}

/**
 * A state-changing request's body sent without Content-Length (chunked), read here within `limit`
 * (413 as soon as it passes it) so the limit holds before session or database work, as a declared
 * length's does; the route then reads the same bytes from the request this returns.
 */
async function bufferChunkedBody(request: Request, limit: number): Promise<Request> {
  if (!isStateChanging(request.method) || !request.body || !request.headers.has("transfer-encoding")) return request;
  const text = await readBodyTextWithin(request, limit);
  const headers = new Headers(request.headers);
  headers.delete("transfer-encoding");
  // Bytes, not a string: a string body would get a text/plain Content-Type when the request has none.
  return new NextRequest(request.url, { method: request.method, headers, body: new TextEncoder().encode(text) });
}

/**
 * The request checks of lib/server/http/request-guard.ts (413, CSRF 403, not JSON 403) and a chunked
 * body's limit, before other work; the request to hand on.
 */
async function admit(request: Request, options: RequestGuardOptions): Promise<Request> {
  guardRequest(request.method, (name) => request.headers.get(name), options);
  const limit = options.maxBodyBytes ?? DEFAULT_BODY_LIMIT_BYTES;
  const admitted = await bufferChunkedBody(request, limit);
  setBodyLimit(admitted, limit);
  return admitted;
}

/**
 * Wraps a route handler once so request limits, authentication, roles and error mapping are never
 * forgotten: body over its limit → 413 and a state-changing request from another site → 403 (both
 * before any session or database work), no session → 401, wrong role → 403, zod errors → 422,
 * ApiError → its status, the rest → 500.
 */
export function withUser<P = Record<string, never>>(
  handler: (request: Request, context: HandlerContext<P>) => Promise<Response>,
  options: RouteOptions = {},
): (request: Request, context: RouteContext<P>) => Promise<Response> {
  return async (request, context) => {
    try {
      const admitted = await admit(request, { ...options, sessionRequired: true });
      const user = (options.token ? await userFromBearer(admitted, options.token) : null) ?? (await getCurrentUser());
      if (!user) throw new ApiError(401, "You are not signed in. Sign in at /signin and try again.");
      if (options.role && !hasRole(user.role, options.role)) {
        throw new ApiError(403, `This needs the ${options.role} role; your account is a ${user.role}.`);
      }
      return await handler(admitted, { user, params: await context.params });
    } catch (error) {
      return (options.onError ?? handleApiError)(error);
    }
  };
}

/**
 * `withUser` for the few routes anyone may call (sign-up, next-auth's own endpoints): the same request
 * checks and error mapping, without a session.
 */
export function withoutUser<C>(
  handler: (request: Request, context: C) => Promise<Response>,
  options: RequestGuardOptions = {},
): (request: Request, context: C) => Promise<Response> {
  return async (request, context) => {
    try {
      return await handler(await admit(request, options), context);
    } catch (error) {
      return handleApiError(error);
    }
  };
}
