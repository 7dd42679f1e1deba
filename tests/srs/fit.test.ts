import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { MIN_SCORED_REVIEWS_FOR_FITTING, fitParameters, type FitResult } from "@/lib/srs/fit";
import { parseReviewLogCsv, type CsvReview } from "@/lib/srs/review-log-csv";
import { DEFAULT_PARAMETERS } from "@/lib/srs/scheduler";
import type { HistoryReview } from "@/lib/srs/training-items";

const CSV = new URL("../../../shared/data/review-logs/py-fsrs-josh.csv", import.meta.url);

describe("fitting a learner's parameters", () => {
  let log: CsvReview[];
  let fromDefaults: FitResult;

  beforeAll(async () => {
    log = parseReviewLogCsv(readFileSync(CSV, "utf8"));
    fromDefaults = await fitParameters({ reviews: log, timeZone: "UTC" });
  });

  it("refuses to fit fewer scored reviews than the optimiser needs", async () => {
    const day = 86_400_000;
    const reviews: HistoryReview[] = Array.from({ length: 40 }, (_, i) => [
      { cardId: `c${i}`, rating: 3 as const, reviewedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000) },
      { cardId: `c${i}`, rating: 3 as const, reviewedAt: new Date(Date.UTC(2026, 0, 1) + 3 * day + i * 60_000) },
    ]).flat();
    const result = await fitParameters({ reviews, currentParameters: DEFAULT_PARAMETERS });
    expect(result).toMatchObject({ kept: false, before: null, after: null, scoredReviews: 40 });
    expect(result.parameters).toEqual(DEFAULT_PARAMETERS);
    expect(result.reason).toBe(
      `It needs ${MIN_SCORED_REVIEWS_FOR_FITTING - 40} more reviews before it can fit your schedule: 40 of the ${MIN_SCORED_REVIEWS_FOR_FITTING} needed so far (only a review of a card a day or more after its previous review counts).`,
    );
  });

  it("refuses to judge a refit with too few reviews since the last fit", async () => {
    const lastReview = log.at(-1)!.reviewedAt;
    const result = await fitParameters({ reviews: log, currentParameters: fromDefaults.parameters, currentFittedAt: new Date(lastReview.getTime() - 60_000) });
    expect(result).toMatchObject({ kept: false, before: null, parameters: fromDefaults.parameters });
    expect(result.reason).toMatch(/^It needs \d+ more reviews? since your schedule was last optimised/);
  });

  it("keeps fitted parameters when they beat the defaults out of sample", () => {
    expect(fromDefaults.kept).toBe(true);
    expect(fromDefaults.after!.logLoss).toBeLessThan(fromDefaults.before!.logLoss);
    expect(fromDefaults.after!.rmseBins).toBeLessThan(fromDefaults.before!.rmseBins);
    expect(fromDefaults.parameters).toHaveLength(21);
    expect(fromDefaults.parameters).not.toEqual(DEFAULT_PARAMETERS);
  });

  it("keeps the current parameters when the new fit does not predict better", async () => {
    // Parameters fitted on the whole log have seen every test fold, so a per-fold refit cannot beat them.
    const again = await fitParameters({ reviews: log, timeZone: "UTC", currentParameters: fromDefaults.parameters });
    expect(again.kept).toBe(false);
    expect(again.after!.logLoss).toBeGreaterThanOrEqual(again.before!.logLoss);
    expect(again.parameters).toEqual(fromDefaults.parameters);
    expect(again.reason).toMatch(/kept/);
  });
});
