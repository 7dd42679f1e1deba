import "server-only";
import { hasRole, type Role } from "@/lib/validations/user";
import { ApiError, handleApiError } from "./api-error";
import { getCurrentUser, type SessionUser } from "./current-user";

export interface HandlerContext<P> {
  readonly user: SessionUser;
  readonly params: P;
}

type RouteContext<P> = { params: Promise<P> };

/**
 * Wraps a route handler once so authentication, roles and error mapping are never forgotten:
 * no session → 401, wrong role → 403, zod errors → 422, ApiError → its status, the rest → 500.
 */
export function withUser<P = Record<string, never>>(
  handler: (request: Request, context: HandlerContext<P>) => Promise<Response>,
  options: { role?: Role } = {},
): (request: Request, context: RouteContext<P>) => Promise<Response> {
  return async (request, context) => {
    try {
      const user = await getCurrentUser();
      if (!user) throw new ApiError(401, "You are not signed in. Sign in at /signin and try again.");
      if (options.role && !hasRole(user.role, options.role)) {
        throw new ApiError(403, `This needs the ${options.role} role; your account is a ${user.role}.`);
      }
      return await handler(request, { user, params: await context.params });
    } catch (error) {
      return handleApiError(error);
    }
  };
}
