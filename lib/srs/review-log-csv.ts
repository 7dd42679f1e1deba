/**
 * The review-log CSV shared with py-fsrs and srs-benchmark tooling:
 * `card_id,review_rating,review_time,review_duration` — rating 1–4, time ISO 8601 with an offset,
 * duration in milliseconds. Used by `kubedeck srs-eval` and by the learner's log export.
 */
import { isRating, type Rating } from "./types";

export const REVIEW_LOG_CSV_HEADER = ["card_id", "review_rating", "review_time", "review_duration"] as const;

export interface CsvReview {
  readonly cardId: string;
  readonly rating: Rating;
  readonly reviewedAt: Date;
  readonly durationMs: number | null;
  /** 1-based line in the file, for error messages. */
  readonly line: number;
}

export class ReviewLogCsvError extends Error {
  constructor(
    readonly line: number,
    readonly problem: string,
  ) {
    super(`line ${line}: ${problem}`);
    this.name = "ReviewLogCsvError";
  }
}

const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

function parseRow(cells: readonly string[], line: number): CsvReview {
  if (cells.length !== REVIEW_LOG_CSV_HEADER.length) {
    throw new ReviewLogCsvError(line, `expected ${REVIEW_LOG_CSV_HEADER.length} columns, found ${cells.length}`);
  }
  const [cardId = "", ratingText = "", timeText = "", durationText = ""] = cells.map((cell) => cell.trim());
  if (cardId === "") throw new ReviewLogCsvError(line, "card_id is empty");
  const rating = Number(ratingText);
  if (!isRating(rating)) {
    throw new ReviewLogCsvError(line, `review_rating must be 1, 2, 3 or 4, found "${ratingText}"`);
  }
  // JavaScript's Date keeps milliseconds only; trim longer fractions (py-fsrs writes microseconds).
  const normalised = timeText.replace(/(\.\d{3})\d+/, "$1");
  const time = Date.parse(normalised);
  if (!ISO_WITH_ZONE.test(timeText) || Number.isNaN(time)) {
    throw new ReviewLogCsvError(line, `review_time must be an ISO 8601 time with a zone, found "${timeText}"`);
  }
  let durationMs: number | null = null;
  if (durationText !== "") {
    durationMs = Number(durationText);
    if (!Number.isFinite(durationMs) || durationMs < 0) {
      throw new ReviewLogCsvError(line, `review_duration must be a non-negative number of ms, found "${durationText}"`);
    }
  }
  return { cardId, rating, reviewedAt: new Date(time), durationMs, line };
}

/** Parses the whole file; throws ReviewLogCsvError naming the first bad line. */
export function parseReviewLogCsv(text: string): CsvReview[] {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const header = (lines[0] ?? "").split(",").map((cell) => cell.trim());
  if (header.join(",") !== REVIEW_LOG_CSV_HEADER.join(",")) {
    throw new ReviewLogCsvError(1, `header must be "${REVIEW_LOG_CSV_HEADER.join(",")}", found "${lines[0] ?? ""}"`);
  }
  const reviews: CsvReview[] = [];
  lines.slice(1).forEach((text, index) => {
    if (text.trim() === "") return;
    reviews.push(parseRow(text.split(","), index + 2));
  });
  if (reviews.length === 0) throw new ReviewLogCsvError(2, "the file has a header but no reviews");
  return reviews;
}

export interface ExportableReview {
  readonly cardId: string;
  readonly rating: Rating;
  readonly reviewedAt: Date;
  readonly durationMs?: number | null;
}

/**
 * The learner's review log as CSV in the same format (UTC times, oldest first). The format has no
 * quoting, so card ids must not contain commas, quotes or line breaks (ours are cuids).
 */
export function reviewLogToCsv(reviews: readonly ExportableReview[]): string {
  const rows = [...reviews]
    .sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime())
    .map((r) => {
      if (/[",\r\n]/.test(r.cardId)) throw new RangeError(`card id ${JSON.stringify(r.cardId)} cannot be written to the CSV`);
      const time = r.reviewedAt.toISOString().replace("Z", "+00:00");
      return `${r.cardId},${r.rating},${time},${r.durationMs === null || r.durationMs === undefined ? "" : Math.round(r.durationMs)}`;
    });
  return `${[REVIEW_LOG_CSV_HEADER.join(","), ...rows].join("\n")}\n`;
}
