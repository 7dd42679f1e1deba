/**
 * Out-of-sample comparison of schedulers on one learner's log, the srs-benchmark way: items in
 * chronological order, 5-fold time-series split (train on the past, score the next chunk), every
 * scored review weighted equally, scores pooled over all folds.
 *
 * Three predictors are scored on exactly the same reviews:
 * - baseline: the mean recall rate of each fold's training part ("AVG" in srs-benchmark);
 * - current: fixed parameters (FSRS-6 defaults, or the learner's current ones), nothing trained;
 * - fitted: parameters fitted on each fold's training part with the injected `fit` function.
 *
 * The fitter is injected so this module stays pure and free of the native binding (see ./fit).
 */
import { meanRecall, predictRecall, scorePredictions, timeSeriesSplits, type ModelScore } from "./metrics";
import type { TrainingItem } from "./training-items";

export type Fitter = (train: readonly TrainingItem[]) => Promise<readonly number[]>;

export interface TimeSeriesEvaluation {
  readonly baseline: ModelScore;
  readonly current: ModelScore;
  readonly fitted: ModelScore;
  /** Reviews scored (all folds' test parts together). */
  readonly scoredReviews: number;
  readonly folds: number;
}

export async function evaluateTimeSeries(
  items: readonly TrainingItem[],
  options: {
    readonly fit: Fitter;
    readonly current: readonly number[];
    readonly folds?: number;
    /** Score only reviews after this instant (e.g. when the current parameters were fitted). */
    readonly scoreOnlyAfter?: Date;
  },
): Promise<TimeSeriesEvaluation> {
  const folds = options.folds ?? 5;
  const splits = timeSeriesSplits(items, folds);
  if (splits.length === 0) {
    throw new RangeError(`need at least ${folds + 1} scored reviews for a ${folds}-fold time-series split, got ${items.length}`);
  }
  const tested: TrainingItem[] = [];
  const baseline: number[] = [];
  const fitted: number[] = [];
  for (const split of splits) {
    const recall = meanRecall(split.train);
    const parameters = await options.fit(split.train);
    tested.push(...split.test);
    baseline.push(...split.test.map(() => recall));
    fitted.push(...predictRecall(parameters, split.test));
  }
  const after = options.scoreOnlyAfter?.getTime() ?? -Infinity;
  const keep = tested.map((item) => item.reviewedAt.getTime() > after);
  const pick = <T>(values: readonly T[]) => values.filter((_, i) => keep[i]);
  const scored = pick(tested);
  if (scored.length === 0) throw new RangeError("no reviews to score after the given date");
  return {
    baseline: scorePredictions(scored, pick(baseline)),
    current: scorePredictions(scored, predictRecall(options.current, scored)),
    fitted: scorePredictions(scored, pick(fitted)),
    scoredReviews: scored.length,
    folds: splits.length,
  };
}
