import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { ApiError, errorReply, parseJsonBody, requireBodyWithin, requireJsonContentType } from "../api-error";
import { guardRequest } from "../http/request-guard";
import { sessionUserFromCookies, type SessionUser } from "../session-user";
import { parseCookieHeader, readBodyText, sendJson } from "./http-parts";

function headerText(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(", ") : value;
}

/** The request's JSON body, refused as `readJsonBody` refuses it: 415 when not declared JSON, 400 when it does not parse, 413 when over `maxBytes`. */
export async function readJson(request: IncomingMessage, maxBytes: number): Promise<unknown> {
  const { text, size } = await readBodyText(request, maxBytes);
  requireJsonContentType(request.headers["content-type"]);
  requireBodyWithin(size, maxBytes);
  return parseJsonBody(text);
}

/**
 * A signed-in route outside Next, with `withUser`'s contract: the request checks first (body over
 * `maxBodyBytes` by Content-Length → 413, a state-changing request from another site → 403, not JSON →
 * 415; see lib/server/http/request-guard.ts), no session → 401, and every error
 * answered through the one mapping (`errorReply`: zod → 422 with field paths, ApiError → its status,
 * anything else → logged 500).
 */
export function signedInRoute(
  handler: (request: IncomingMessage, user: SessionUser) => Promise<{ status: number; body: unknown }>,
  options: { maxBodyBytes: number },
): (request: IncomingMessage, response: ServerResponse) => Promise<void> {
  return async (request, response) => {
    try {
      try {
        guardRequest(request.method ?? "GET", (name) => headerText(request.headers[name]), { ...options, sessionRequired: true });
      } catch (refusal) {
        request.resume(); // discarded as it arrives, never buffered
        throw refusal;
      }
      const user = await sessionUserFromCookies(parseCookieHeader(request.headers.cookie));
      if (!user) {
        request.resume();
        throw new ApiError(401, "You are not signed in. Sign in at /signin and try again.");
      }
      const { status, body } = await handler(request, user);
      sendJson(response, status, body);
    } catch (error) {
      const { status, body } = errorReply(error);
      sendJson(response, status, body);
    }
  };
}
