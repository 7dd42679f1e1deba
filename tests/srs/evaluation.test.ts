import { describe, expect, it } from "vitest";
import { evaluateTimeSeries } from "@/lib/srs/evaluation";
import { DEFAULT_PARAMETERS } from "@/lib/srs/scheduler";
import type { TrainingItem } from "@/lib/srs/training-items";

const DAY = 86_400_000;

/** 60 items, one a day: a card first seen, then reviewed `gap` days later; every 4th forgotten. */
function items(): TrainingItem[] {
  return Array.from({ length: 60 }, (_, i) => ({
    cardId: `c${i}`,
    reviewedAt: new Date(Date.UTC(2026, 0, 1) + i * DAY),
    reviews: [
      { rating: 3 as const, deltaT: 0 },
      { rating: (i % 4 === 0 ? 1 : 3) as 1 | 3, deltaT: 1 + (i % 7) },
    ],
  }));
}

describe("time-series evaluation", () => {
  it("fits each fold on its past only and scores the next chunk; the baseline is the past's recall rate", async () => {
    const seen: number[] = [];
    const result = await evaluateTimeSeries(items(), {
      current: DEFAULT_PARAMETERS,
      fit: async (train) => {
        seen.push(train.length);
        return DEFAULT_PARAMETERS;
      },
    });
    expect(seen).toEqual([10, 20, 30, 40, 50]);
    expect(result.scoredReviews).toBe(50);
    // A "fit" that returns the defaults must score exactly like the defaults.
    expect(result.fitted).toEqual(result.current);
    expect(result.baseline.logLoss).toBeGreaterThan(0);
  });

  it("can score only reviews after a date (when current parameters were fitted)", async () => {
    const after = new Date(Date.UTC(2026, 0, 1) + 49.5 * DAY);
    const result = await evaluateTimeSeries(items(), { current: DEFAULT_PARAMETERS, fit: async () => DEFAULT_PARAMETERS, scoreOnlyAfter: after });
    expect(result.scoredReviews).toBe(10);
  });

  it("needs enough items to split", async () => {
    await expect(evaluateTimeSeries(items().slice(0, 5), { current: DEFAULT_PARAMETERS, fit: async () => DEFAULT_PARAMETERS })).rejects.toThrow(
      /at least 6 scored reviews/,
    );
  });
});
