import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { answerReview, MAX_REVIEW_BODY_BYTES } from "../study/answer-review";
import { signedInRoute } from "./signed-in-route";

/**
 * Direct routes: the few hot endpoints that `scripts/serve.mjs` answers on Node's own request and
 * response objects before Next's request handler would. Each does exactly what its App Router route
 * does (both call the same function), without the framework's per-request machinery, which cost more
 * CPU than the work itself for a review. Bundled by scripts/build-direct-routes.mjs.
 */
const routes = new Map<string, (request: IncomingMessage, response: ServerResponse) => Promise<void>>([
  // The study loop: every answer a learner gives (see app/api/reviews/route.ts).
  ["POST /api/reviews", signedInRoute(async (body, user) => answerReview(user.id, body, new Date()), { maxBodyBytes: MAX_REVIEW_BODY_BYTES })],
]);

/** Answers the request when it is a direct route and returns true; false leaves it to Next. */
export function handleDirectRoute(request: IncomingMessage, response: ServerResponse): boolean {
  const url = request.url ?? "/";
  const query = url.indexOf("?");
  const route = routes.get(`${request.method ?? "GET"} ${query < 0 ? url : url.slice(0, query)}`);
  if (!route) return false;
  void route(request, response);
  return true;
}
