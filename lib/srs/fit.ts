/**
 * Fits a learner's FSRS-6 parameters with @open-spaced-repetition/binding (fsrs-rs, native).
 * SERVER ONLY: this is the one module that loads the native binding; everything else in lib/srs
 * is safe for client components.
 *
 * Why not the binding's `evaluateWithTimeSeriesSplits`: before splitting it reorders items (all
 * "first long-term review" items first, then the rest, outliers removed), so its folds are not
 * chronological and outliers are never scored. We split chronologically ourselves (./evaluation)
 * and report the library's figure only for reference.
 */
import {
  FSRSBindingItem,
  FSRSBindingReview,
  computeParameters,
  evaluateWithTimeSeriesSplits,
} from "@open-spaced-repetition/binding";
import { evaluateTimeSeries, type TimeSeriesEvaluation } from "./evaluation";
import type { ModelScore } from "./metrics";
import { DEFAULT_PARAMETERS, PARAMETER_COUNT } from "./scheduler";
import { buildTrainingItems, type HistoryReview, type ItemOptions, type TrainingItem } from "./training-items";

/**
 * fsrs-rs `compute_parameters` returns the defaults below 8 training items and fits only the
 * initial stabilities below 64; 64 scored reviews (reviews at least a day after the card's previous
 * one) is therefore the least it needs to fit all 21 parameters.
 */
export const MIN_SCORED_REVIEWS_FOR_FITTING = 64;

function toBindingItems(items: readonly TrainingItem[]): FSRSBindingItem[] {
  return items.map((item) => new FSRSBindingItem(item.reviews.map((r) => new FSRSBindingReview(r.rating, r.deltaT))));
}

/** Fits 21 FSRS-6 parameters on items in chronological order. */
export async function computeFsrsParameters(items: readonly TrainingItem[]): Promise<number[]> {
  // A small timeout: the binding polls for progress and otherwise waits ~500 ms per call.
  const parameters = await computeParameters(toBindingItems(items), { enableShortTerm: true, timeout: 10 });
  if (parameters.length !== PARAMETER_COUNT) {
    throw new Error(`the optimiser returned ${parameters.length} parameters instead of ${PARAMETER_COUNT}`);
  }
  return parameters;
}

export interface FitResult {
  /** The parameters to use from now on: the new ones when kept, otherwise the current ones. */
  readonly parameters: readonly number[];
  /** Out-of-sample scores of the current parameters (time-series split). */
  readonly before: ModelScore | null;
  /** Out-of-sample scores of parameters fitted on each fold's past. */
  readonly after: ModelScore | null;
  readonly kept: boolean;
  readonly reason: string;
  readonly scoredReviews: number;
}

export interface FitInput extends ItemOptions {
  /** The learner's whole review log (any order; it is sorted). */
  readonly reviews: readonly HistoryReview[];
  readonly currentParameters?: readonly number[];
  /**
   * When the current parameters were fitted. They have seen every review before that, so only
   * later reviews are a fair test; at least MIN_NEW_REVIEWS_FOR_REFIT of them are needed.
   */
  readonly currentFittedAt?: Date;
}

/** Scored reviews needed since the last fit before a new fit can be judged fairly. */
export const MIN_NEW_REVIEWS_FOR_REFIT = 50;

/**
 * "Optimise my schedule": fits new parameters and keeps them only when they predict better than
 * the current ones out of sample (lower pooled log loss over a 5-fold time-series split). When
 * kept, the returned parameters are fitted on the whole log.
 */
export async function fitParameters(input: FitInput): Promise<FitResult> {
  const current = input.currentParameters ?? DEFAULT_PARAMETERS;
  const items = buildTrainingItems(input.reviews, input);
  if (items.length < MIN_SCORED_REVIEWS_FOR_FITTING) {
    return {
      parameters: current,
      before: null,
      after: null,
      kept: false,
      reason: `It needs ${MIN_SCORED_REVIEWS_FOR_FITTING - items.length} more review${MIN_SCORED_REVIEWS_FOR_FITTING - items.length === 1 ? "" : "s"} before it can fit your schedule: ${items.length} of the ${MIN_SCORED_REVIEWS_FOR_FITTING} needed so far (only a review of a card a day or more after its previous review counts).`,
      scoredReviews: items.length,
    };
  }
  const fittedAt = input.currentFittedAt;
  if (fittedAt) {
    const fresh = items.filter((item) => item.reviewedAt.getTime() > fittedAt.getTime()).length;
    if (fresh < MIN_NEW_REVIEWS_FOR_REFIT) {
      return {
        parameters: current,
        before: null,
        after: null,
        kept: false,
        reason: `It needs ${MIN_NEW_REVIEWS_FOR_REFIT - fresh} more review${MIN_NEW_REVIEWS_FOR_REFIT - fresh === 1 ? "" : "s"} since your schedule was last optimised to compare fairly: ${fresh} of the ${MIN_NEW_REVIEWS_FOR_REFIT} needed so far.`,
        scoredReviews: fresh,
      };
    }
  }
  const evaluation = await evaluateTimeSeries(items, { fit: computeFsrsParameters, current, scoreOnlyAfter: fittedAt });
  const better = evaluation.fitted.logLoss < evaluation.current.logLoss;
  const parameters = better ? await computeFsrsParameters(items) : current;
  const change = (evaluation.current.logLoss - evaluation.fitted.logLoss).toFixed(4);
  return {
    parameters,
    before: evaluation.current,
    after: evaluation.fitted,
    kept: better,
    reason: better
      ? `New parameters predict your recall better on reviews they were not fitted on (log loss ${change} lower).`
      : "Your current parameters already predict your recall at least as well; they were kept.",
    scoredReviews: evaluation.scoredReviews,
  };
}

export interface ReviewLogEvaluation extends TimeSeriesEvaluation {
  readonly reviews: number;
  readonly cards: number;
  /** FSRS-6 parameters fitted on the whole log. */
  readonly parameters: readonly number[];
  /** The binding's own evaluateWithTimeSeriesSplits (non-chronological folds; see header). */
  readonly library: ModelScore;
}

/** What `kubedeck srs-eval` prints: baseline vs default vs fitted FSRS-6 on one log. */
export async function evaluateReviewLog(reviews: readonly HistoryReview[], options: ItemOptions = {}): Promise<ReviewLogEvaluation> {
  const items = buildTrainingItems(reviews, options);
  const evaluation = await evaluateTimeSeries(items, { fit: computeFsrsParameters, current: DEFAULT_PARAMETERS });
  const parameters = await computeFsrsParameters(items);
  const library = await evaluateWithTimeSeriesSplits(toBindingItems(items), { enableShortTerm: true, timeout: 10 });
  return {
    ...evaluation,
    reviews: reviews.length,
    cards: new Set(reviews.map((r) => r.cardId)).size,
    parameters,
    library: { logLoss: library.logLoss, rmseBins: library.rmseBins },
  };
}
