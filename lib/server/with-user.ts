import "server-only";
import type { TokenScope } from "@/lib/validations/api-token";
import { hasRole, type Role } from "@/lib/validations/user";
import { ApiError, handleApiError } from "./api-error";
import { getCurrentUser, type SessionUser } from "./current-user";
import { userFromBearer } from "./tokens/bearer-user";

export interface HandlerContext<P> {
  readonly user: SessionUser;
  readonly params: P;
}

type RouteContext<P> = { params: Promise<P> };

export interface WithUserOptions {
  role?: Role;
  /** Also accept `Authorization: Bearer <API token>` with at least this scope (only /api/v1 routes set it). */
  token?: TokenScope;
  /** Maps errors to the response (default: handleApiError); /api/v1 answers its own error shape. */
  onError?: (error: unknown) => Response;
}

/**
 * Wraps a route handler once so authentication, roles and error mapping are never forgotten:
 * no session → 401, wrong role → 403, zod errors → 422, ApiError → its status, the rest → 500.
 */
export function withUser<P = Record<string, never>>(
  handler: (request: Request, context: HandlerContext<P>) => Promise<Response>,
  options: WithUserOptions = {},
): (request: Request, context: RouteContext<P>) => Promise<Response> {
  return async (request, context) => {
    try {
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
