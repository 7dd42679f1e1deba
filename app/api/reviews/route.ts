import { readJsonBody } from "@/lib/server/api-error";
import { getStudySettings } from "@/lib/server/study/get-settings";
import { loadStudyQueue } from "@/lib/server/study/load-study-queue";
import { recordReview } from "@/lib/server/study/record-review";
import { studyCatalogue } from "@/lib/server/study/study-catalogue";
import { withUser } from "@/lib/server/with-user";
import { reviewSchema } from "@/lib/validations/review";

/**
 * Records an answer (idempotent by `clientId`) and returns the queue with the next card, so the
 * study page moves on without another request. A repeated `clientId` answers 200 with `duplicate: true`.
 */
export const POST = withUser(async (request, { user }) => {
  const input = reviewSchema.parse(await readJsonBody(request));
  const now = new Date();
  // The settings and the learner's visible cards are read once and shared by both steps (neither
  // changes them); the catalogue is cached in memory while the content stays the same.
  const settings = await getStudySettings(user.id);
  const everything = await studyCatalogue(user.id, []);
  const review = await recordReview(user.id, input, now, { settings, cardVisible: everything.cardIds.has(input.cardId) });
  const catalogue = input.decks.length === 0 ? everything : await studyCatalogue(user.id, input.decks);
  const queue = await loadStudyQueue(user.id, input.decks, now, { settings, catalogue });
  return Response.json({ review, queue }, { status: review.duplicate ? 200 : 201 });
});
