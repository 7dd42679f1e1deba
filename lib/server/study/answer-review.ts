import "server-only";
import type { StudyQueuePayload } from "@/lib/decks/study-payload";
import { reviewSchema } from "@/lib/validations/review";
import { loadStudyQueue } from "./load-study-queue";
import { recordReview, type RecordedReview } from "./record-review";
import { cachedStudySettings, studyCatalogue, studyFingerprints } from "./study-catalogue";

/** The largest request body POST /api/reviews reads: an answer is a few hundred bytes, 12 KB with the most decks the schema allows. */
export const MAX_REVIEW_BODY_BYTES = 64 * 1024;

export interface ReviewAnswer {
  /** 201 for a new review; 200 when `clientId` was already recorded (`review.duplicate`). */
  readonly status: 200 | 201;
  readonly body: { readonly review: RecordedReview; readonly queue: StudyQueuePayload };
}

/**
 * POST /api/reviews without HTTP: validates the answer, records it (idempotent by `clientId`) and
 * returns the queue with the next card, so the study page moves on without another request. Throws
 * ZodError / ApiError for the caller's one error mapping. Shared by the App Router route and the
 * direct route (lib/server/direct), so both answer exactly alike.
 */
export async function answerReview(userId: string, body: unknown, now: Date): Promise<ReviewAnswer> {
  const input = reviewSchema.parse(body);
  // The settings and the learner's visible cards are read once and shared by both steps (neither
  // changes them); both are cached in memory while one small query shows them unchanged.
  const fingerprints = await studyFingerprints(userId);
  const { settings, scheduler } = await cachedStudySettings(userId, fingerprints.settings);
  const everything = await studyCatalogue(userId, [], fingerprints.content);
  const review = await recordReview(userId, input, now, { settings, scheduler, cardVisible: everything.layout.indexOf(input.cardId) !== undefined });
  const catalogue = input.decks.length === 0 ? everything : await studyCatalogue(userId, input.decks, fingerprints.content);
  const queue = await loadStudyQueue(userId, input.decks, now, { settings, scheduler, catalogue, contentFingerprint: fingerprints.content, afterOwnWrite: !review.duplicate });
  return { status: review.duplicate ? 200 : 201, body: { review, queue } };
}
