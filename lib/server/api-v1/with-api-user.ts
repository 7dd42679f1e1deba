import "server-only";
import type { TokenScope } from "@/lib/validations/api-token";
import type { Role } from "@/lib/validations/user";
import { errorReply } from "../api-error";
import { withUser, type HandlerContext } from "../with-user";

/**
 * /api/v1's error shape: `{ "error": { "message", "field"?, "line"? } }` with the status of the one
 * error mapping (lib/server/api-error.ts), so CI scripts can point at the field or Markdown line.
 */
export function apiV1ErrorResponse(error: unknown): Response {
  const { status, body, headers } = errorReply(error);
  const first = body.issues?.[0];
  const detail: { message: string; field?: string; line?: number } = { message: body.error };
  if (first?.path) detail.field = first.path;
  if (first?.line !== undefined) detail.line = first.line;
  return Response.json({ error: detail }, { status, headers });
}

/**
 * An /api/v1 route: the one wrapper (withUser) with API tokens accepted at `scope` (GET reads,
 * anything else writes) besides the cookie session, and the v1 error shape.
 */
export function withApiUser<P = Record<string, never>>(
  handler: (request: Request, context: HandlerContext<P>) => Promise<Response>,
  options: { scope: TokenScope; role?: Role; maxBodyBytes?: number },
) {
  return withUser<P>(handler, { role: options.role, token: options.scope, maxBodyBytes: options.maxBodyBytes, onError: apiV1ErrorResponse });
}
