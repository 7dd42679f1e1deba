import { readJsonBody } from "@/lib/server/api-error";
import { loadStudyQueue } from "@/lib/server/study/load-study-queue";
import { recordReview } from "@/lib/server/study/record-review";
import { withUser } from "@/lib/server/with-user";
import { reviewSchema } from "@/lib/validations/review";

/**
 * Records an answer (idempotent by `clientId`) and returns the queue with the next card, so the
 * study page moves on without another request. A repeated `clientId` answers 200 with `duplicate: true`.
 */
export const POST = withUser(async (request, { user }) => {
  const input = reviewSchema.parse(await readJsonBody(request));
  const now = new Date();
  const review = await recordReview(user.id, input, now);
  const queue = await loadStudyQueue(user.id, input.decks, now);
  return Response.json({ review, queue }, { status: review.duplicate ? 200 : 201 });
});
