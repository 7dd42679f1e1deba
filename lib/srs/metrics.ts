/**
 * How well a model predicts recall, the srs-benchmark way, in pure TypeScript:
 * - FSRS-6 predictions for a training item (ts-fsrs's memory model run over the item's history);
 * - log loss;
 * - RMSE(bins): reviews grouped by interval length, number of long-term reviews and number of
 *   lapses (fsrs-rs `r_matrix_index`, the srs-benchmark definition; NOT bins of predicted R),
 *   squared gap between mean prediction and recall rate per bin, weighted by bin size;
 * - sklearn-style time-series splits (fsrs-rs `TimeSeriesSplit`: n+1 equal segments, fold i trains
 *   on segments 0..i and tests on segment i+1; the last fold also takes the remainder).
 */
import { FSRSAlgorithm, generatorParameters, type Grade } from "ts-fsrs";
import { gradeOf } from "./fsrs-adapter";
import { itemRecalled, type TrainingItem } from "./training-items";

export interface ModelScore {
  readonly logLoss: number;
  readonly rmseBins: number;
}

/** Predicted recall probability of each item's last review under `parameters`. */
export function predictRecall(parameters: readonly number[], items: readonly TrainingItem[]): number[] {
  const model = new FSRSAlgorithm(generatorParameters({ w: [...parameters], enable_short_term: true }));
  return items.map((item) => {
    let state: { stability: number; difficulty: number } | null = null;
    const history = item.reviews.slice(0, -1);
    for (const review of history) {
      const grade: Grade = gradeOf(review.rating);
      state = model.next_state(state, review.deltaT, grade);
    }
    const last = item.reviews.at(-1);
    if (!state || !last) return 0.5;
    return model.forgetting_curve(last.deltaT, state.stability);
  });
}

function bin(value: number, base: number, scale: number): number {
  return scale * base ** Math.floor(Math.log(value) / Math.log(base));
}

/** fsrs-rs `r_matrix_index`: (interval bin, review-count bin, lapse bin). */
export function rMatrixKey(item: TrainingItem): string {
  const last = item.reviews.at(-1);
  const deltaT = last?.deltaT ?? 0;
  const deltaBin = deltaT > 0 ? Math.round(bin(deltaT, 3.62, 2.48) * 100) : 0;
  const longTerm = item.reviews.filter((r) => r.deltaT > 0).length;
  const lengthBin = Math.round(bin(longTerm + 1, 1.89, 1.99));
  const lapses = item.reviews.slice(0, -1).filter((r) => r.rating === 1 && r.deltaT > 0).length;
  const lapseBin = lapses === 0 ? 0 : Math.round(bin(lapses, 1.73, 1.65));
  return `${deltaBin}/${lengthBin}/${lapseBin}`;
}

const EPSILON = 1e-7;

export function scorePredictions(items: readonly TrainingItem[], predictions: readonly number[]): ModelScore {
  if (items.length === 0 || items.length !== predictions.length) {
    throw new RangeError(`need one prediction per item (items ${items.length}, predictions ${predictions.length})`);
  }
  let loss = 0;
  const bins = new Map<string, { predicted: number; actual: number; count: number }>();
  items.forEach((item, index) => {
    const p = Math.min(1 - EPSILON, Math.max(EPSILON, predictions[index] ?? 0.5));
    const y = itemRecalled(item) ? 1 : 0;
    loss -= y * Math.log(p) + (1 - y) * Math.log(1 - p);
    const key = rMatrixKey(item);
    const entry = bins.get(key) ?? { predicted: 0, actual: 0, count: 0 };
    entry.predicted += p;
    entry.actual += y;
    entry.count += 1;
    bins.set(key, entry);
  });
  let squared = 0;
  for (const { predicted, actual, count } of bins.values()) squared += (predicted / count - actual / count) ** 2 * count;
  return { logLoss: loss / items.length, rmseBins: Math.sqrt(squared / items.length) };
}

export interface Split<T> {
  readonly train: readonly T[];
  readonly test: readonly T[];
}

export function timeSeriesSplits<T>(items: readonly T[], folds = 5): Split<T>[] {
  const segment = Math.floor(items.length / (folds + 1));
  if (segment === 0) return [];
  return Array.from({ length: folds }, (_, i) => ({
    train: items.slice(0, (i + 1) * segment),
    test: items.slice((i + 1) * segment, i === folds - 1 ? items.length : (i + 2) * segment),
  }));
}

/** Share of items recalled; the "average recall" baseline predicts this for everything. */
export function meanRecall(items: readonly TrainingItem[]): number {
  if (items.length === 0) return 0.5;
  return items.filter(itemRecalled).length / items.length;
}
