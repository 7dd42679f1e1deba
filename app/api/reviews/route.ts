import { readJsonBody } from "@/lib/server/api-error";
import { loadStudyQueue } from "@/lib/server/study/load-study-queue";
import { recordReview } from "@/lib/server/study/record-review";
import { cachedStudySettings, studyCatalogue, studyFingerprints } from "@/lib/server/study/study-catalogue";
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
  // changes them); both are cached in memory while one small query shows them unchanged.
  const fingerprints = await studyFingerprints(user.id);
  const { settings, scheduler } = await cachedStudySettings(user.id, fingerprints.settings);
  const everything = await studyCatalogue(user.id, [], fingerprints.content);
  const review = await recordReview(user.id, input, now, { settings, scheduler, cardVisible: everything.cardIds.has(input.cardId) });
  const catalogue = input.decks.length === 0 ? everything : await studyCatalogue(user.id, input.decks, fingerprints.content);
  const queue = await loadStudyQueue(user.id, input.decks, now, { settings, scheduler, catalogue, contentFingerprint: fingerprints.content });
  return Response.json({ review, queue }, { status: review.duplicate ? 200 : 201 });
});
