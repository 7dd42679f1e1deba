import { readJsonBody } from "@/lib/server/api-error";
import { answerReview, MAX_REVIEW_BODY_BYTES } from "@/lib/server/study/answer-review";
import { withUser } from "@/lib/server/with-user";

/**
 * Records an answer (idempotent by `clientId`) and returns the queue with the next card. A repeated
 * `clientId` answers 200 with `duplicate: true`. `npm start` serves this path through the direct route
 * (lib/server/direct), which calls the same `answerReview`; this handler serves it under `next dev`.
 */
export const POST = withUser(async (request, { user }) => {
  const { status, body } = await answerReview(user.id, await readJsonBody(request), new Date());
  return Response.json(body, { status });
}, { maxBodyBytes: MAX_REVIEW_BODY_BYTES });
