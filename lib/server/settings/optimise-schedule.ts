import "server-only";
import { isRating } from "@/lib/srs";
import { fitParameters, MIN_SCORED_REVIEWS_FOR_FITTING } from "@/lib/srs/fit";
import type { OptimiseResult } from "@/lib/validations/settings";
import { db } from "../db";
import { getStudySettings } from "../study/get-settings";
import { parseParameters } from "../study/srs-records";
import { settingsViewFromRow } from "./settings-view";

/**
 * "Optimise my schedule": fits FSRS-6 parameters on the learner's review log (undone reviews left
 * out, oldest first) and stores them only when they predict the learner's recall better out of
 * sample than the current ones (lib/srs/fit decides).
 */
export async function optimiseSchedule(userId: string, now: Date): Promise<OptimiseResult> {
  const settings = await getStudySettings(userId);
  const reviews = await db.reviewLog.findMany({
    where: { userId, undoneAt: null },
    orderBy: [{ reviewedAt: "asc" }, { id: "asc" }],
    select: { cardId: true, rating: true, reviewedAt: true },
  });
  const result = await fitParameters({
    reviews: reviews.flatMap((r) => (isRating(r.rating) ? [{ cardId: r.cardId, rating: r.rating, reviewedAt: r.reviewedAt }] : [])),
    currentParameters: parseParameters(settings.fsrsParameters),
    currentFittedAt: settings.parametersFitAt ?? undefined,
    timeZone: settings.timeZone,
  });
  const stored = result.kept
    ? await db.studySettings.update({ where: { userId }, data: { fsrsParameters: JSON.stringify(result.parameters), parametersFitAt: now } })
    : settings;
  return {
    kept: result.kept,
    enoughReviews: result.before !== null,
    reason: result.reason,
    scoredReviews: result.scoredReviews,
    minimumReviews: MIN_SCORED_REVIEWS_FOR_FITTING,
    before: result.before && { logLoss: result.before.logLoss, rmseBins: result.before.rmseBins },
    after: result.after && { logLoss: result.after.logLoss, rmseBins: result.after.rmseBins },
    settings: settingsViewFromRow(stored),
  };
}
