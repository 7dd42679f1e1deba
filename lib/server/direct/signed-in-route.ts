import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { ApiError, errorReply, parseJsonBody, requireBodyWithin, requireJsonContentType } from "../api-error";
import { guardRequest } from "../http/request-guard";
import { sessionUserFromCookies, type SessionUser } from "../session-user";
import { closeAfterAnswer, parseCookieHeader, readBodyText, sendJson } from "./http-parts";

function headerText(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(", ") : value;
}


/**
 * A signed-in JSON route outside Next, with `withUser`'s contract: the request checks first (body over
 * `maxBodyBytes` by Content-Length → 413, a state-changing request from another site → 403; see
 * lib/server/http/request-guard.ts), then the body is read and counted (over the limit while it
 * streams, chunked included → 413, never buffered past it), all before the session is looked up; no
 * session → 401; a body not declared JSON → 403, JSON that does not parse → 400; every error answered
 * through the one mapping (`errorReply`: zod → 422 with field paths, ApiError → its status, anything
 * else → logged 500).
 */
export function signedInRoute(
  handler: (body: unknown, user: SessionUser) => Promise<{ status: number; body: unknown }>,
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
      const { text, size, complete } = await readBodyText(request, options.maxBodyBytes);
      if (!complete) {
        // The rest of the body is never read: answer, then close the connection.
        closeAfterAnswer(request, response);
        throw new ApiError(413, `The request body is more than ${options.maxBodyBytes} bytes; at most ${options.maxBodyBytes} are accepted.`);
      }
      requireBodyWithin(size, options.maxBodyBytes);
      const user = await sessionUserFromCookies(parseCookieHeader(request.headers.cookie));
      if (!user) throw new ApiError(401, "You are not signed in. Sign in at /signin and try again.");
      requireJsonContentType(request.headers["content-type"]);
      const { status, body } = await handler(parseJsonBody(text), user);
      sendJson(response, status, body);
    } catch (error) {
      const { status, body } = errorReply(error);
      sendJson(response, status, body);
    }
  };
}
