import "server-only";
import type { TokenScope } from "@/lib/validations/api-token";
import { hasRole, type Role } from "@/lib/validations/user";
import { ApiError, DEFAULT_BODY_LIMIT_BYTES, handleApiError, setBodyLimit } from "./api-error";
import { getCurrentUser, type SessionUser } from "./current-user";
import { guardRequest, type RequestGuardOptions } from "./http/request-guard";
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

/** The request checks of lib/server/http/request-guard.ts (413, CSRF 403, 415), before any other work. */
function admit(request: Request, options: RequestGuardOptions): void {
  guardRequest(request.method, (name) => request.headers.get(name), options);
  setBodyLimit(request, options.maxBodyBytes ?? DEFAULT_BODY_LIMIT_BYTES);
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
      admit(request, { ...options, sessionRequired: true });
      const user = (options.token ? await userFromBearer(request, options.token) : null) ?? (await getCurrentUser());
      if (!user) throw new ApiError(401, "You are not signed in. Sign in at /signin and try again.");
      if (options.role && !hasRole(user.role, options.role)) {
        throw new ApiError(403, `This needs the ${options.role} role; your account is a ${user.role}.`);
      }
      return await handler(request, { user, params: await context.params });
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
      admit(request, options);
      return await handler(request, context);
    } catch (error) {
      return handleApiError(error);
    }
  };
}
