import { describe, expect, it } from "vitest";
import { intervalLabel } from "@/lib/srs/interval-label";
import { rMatrixKey, timeSeriesSplits } from "@/lib/srs/metrics";
import { ReviewLogCsvError, parseReviewLogCsv, reviewLogToCsv } from "@/lib/srs/review-log-csv";
import { buildTrainingItems } from "@/lib/srs/training-items";

const HEADER = "card_id,review_rating,review_time,review_duration";

function problem(text: string): { line: number; problem: string } {
  try {
    parseReviewLogCsv(text);
  } catch (error) {
    if (error instanceof ReviewLogCsvError) return { line: error.line, problem: error.problem };
    throw error;
  }
  throw new Error("expected a ReviewLogCsvError");
}

describe("review-log CSV", () => {
  it("parses py-fsrs rows, microsecond times included", () => {
    const rows = parseReviewLogCsv(`${HEADER}\n1711684180217,1,2024-03-29T20:32:32.250000+00:00,25060\nabc,4,2024-03-30T08:00:00+02:00,\n`);
    expect(rows).toEqual([
      { cardId: "1711684180217", rating: 1, reviewedAt: new Date("2024-03-29T20:32:32.250Z"), durationMs: 25060, line: 2 },
      { cardId: "abc", rating: 4, reviewedAt: new Date("2024-03-30T06:00:00Z"), durationMs: null, line: 3 },
    ]);
  });

  it("names the line and the problem", () => {
    expect(problem("id,rating,time\n")).toMatchObject({ line: 1, problem: expect.stringMatching(/header must be/) });
    expect(problem(`${HEADER}\na,3,2024-03-29T20:32:32Z,1\na,5,2024-03-29T20:32:32Z,1\n`)).toEqual({
      line: 3,
      problem: 'review_rating must be 1, 2, 3 or 4, found "5"',
    });
    expect(problem(`${HEADER}\na,3,yesterday,1\n`).problem).toMatch(/review_time must be an ISO 8601 time/);
    expect(problem(`${HEADER}\na,3,2024-03-29T20:32:32,1\n`).problem).toMatch(/with a zone/);
    expect(problem(`${HEADER}\na,3\n`)).toEqual({ line: 2, problem: "expected 4 columns, found 2" });
    expect(problem(`${HEADER}\n`).problem).toMatch(/no reviews/);
  });

  it("exports a log that reads back the same, oldest first", () => {
    const reviews = [
      { cardId: "b", rating: 1 as const, reviewedAt: new Date("2026-01-02T00:00:00Z"), durationMs: 1500 },
      { cardId: "a", rating: 3 as const, reviewedAt: new Date("2026-01-01T00:00:00.123Z") },
    ];
    const csv = reviewLogToCsv(reviews);
    expect(csv.split("\n")[1]).toBe("a,3,2026-01-01T00:00:00.123+00:00,");
    expect(parseReviewLogCsv(csv).map((r) => [r.cardId, r.rating, r.reviewedAt.toISOString(), r.durationMs])).toEqual([
      ["a", 3, "2026-01-01T00:00:00.123Z", null],
      ["b", 1, "2026-01-02T00:00:00.000Z", 1500],
    ]);
  });
});

describe("training items and srs-benchmark bins", () => {
  it("one item per review a study day or more after the previous one, history kept, in time order", () => {
    const t = (iso: string) => new Date(iso);
    const items = buildTrainingItems([
      { cardId: "x", rating: 1, reviewedAt: t("2026-01-01T10:00:00Z") },
      { cardId: "x", rating: 3, reviewedAt: t("2026-01-01T10:10:00Z") }, // same day: history only
      { cardId: "y", rating: 3, reviewedAt: t("2026-01-01T12:00:00Z") },
      { cardId: "x", rating: 3, reviewedAt: t("2026-01-02T03:00:00Z") }, // before 4 a.m.: same study day
      { cardId: "y", rating: 3, reviewedAt: t("2026-01-03T12:00:00Z") },
      { cardId: "x", rating: 1, reviewedAt: t("2026-01-04T09:00:00Z") },
    ]);
    expect(items.map((i) => [i.cardId, i.reviews.map((r) => `${r.rating}@${r.deltaT}`).join(" ")])).toEqual([
      ["y", "3@0 3@2"],
      ["x", "1@0 3@0 3@0 1@3"],
    ]);
  });

  it("bins like fsrs-rs r_matrix_index (interval, long-term review count, lapses)", () => {
    const item = (reviews: [number, number][]) => ({
      cardId: "c",
      reviewedAt: new Date(0),
      reviews: reviews.map(([rating, deltaT]) => ({ rating: rating as 1 | 2 | 3 | 4, deltaT })),
    });
    expect(rMatrixKey(item([[3, 0], [3, 1]]))).toBe("248/4/0");
    expect(rMatrixKey(item([[3, 0], [1, 4], [3, 1], [3, 10]]))).toBe("898/7/2");
  });

  it("splits like sklearn's TimeSeriesSplit: n+1 segments, train on the past", () => {
    const splits = timeSeriesSplits([0, 1, 2, 3, 4, 5, 6], 5);
    expect(splits.map((s) => [s.train.join(""), s.test.join("")])).toEqual([
      ["0", "1"],
      ["01", "2"],
      ["012", "3"],
      ["0123", "4"],
      ["01234", "56"],
    ]);
    expect(timeSeriesSplits([0, 1, 2, 3, 4], 5)).toEqual([]);
  });
});

describe("interval labels", () => {
  const now = new Date("2026-01-01T00:00:00Z");
  const after = (ms: number) => intervalLabel(now, new Date(now.getTime() + ms));
  it.each([
    [60_000, "1m"],
    [10 * 60_000, "10m"],
    [60 * 60_000, "1h"],
    [5 * 3_600_000, "5h"],
    [3 * 86_400_000, "3d"],
    [29 * 86_400_000, "29d"],
    [61 * 86_400_000, "2mo"],
    [365 * 86_400_000, "1y"],
    [438 * 86_400_000, "1.2y"],
    [0, "now"],
  ])("%i ms → %s", (ms, label) => {
    expect(after(ms)).toBe(label);
  });
});
