import "server-only";
import type { CardStateName, Rating, StatsReview } from "@/lib/srs";
import { isPostgresUrl } from "../database-url";
import { pgRows } from "../postgres";
import { statement } from "../sqlite";

/**
 * A review known only by its time, for the statistics that only count reviews per study day (the
 * heatmap and the streak). Reading anything else is a programming error and fails loudly.
 */
class ReviewTime implements StatsReview {
  constructor(readonly reviewedAt: Date) {}

  #missing(field: string): never {
    throw new Error(`ReviewTime has no ${field}: use loadStatsReviews for statistics that need it`);
  }

  get cardId(): string {
    return this.#missing("cardId");
  }

  get rating(): Rating {
    return this.#missing("rating");
  }

  get stateBefore(): CardStateName {
    return this.#missing("stateBefore");
  }

  get intervalBefore(): number {
    return this.#missing("intervalBefore");
  }
}

/**
 * The times of all the learner's non-undone reviews, to the minute (study days start on the minute,
 * so the day of each review is exact). SQLite counts them per minute, so a 10,000-review history
 * crosses into JavaScript as a few hundred rows instead of 10,000.
 */
export async function loadReviewTimes(userId: string): Promise<StatsReview[]> {
  // reviewedAt is stored as ISO 8601 UTC text ("2026-11-21T23:05:13.830+00:00"); 16 characters = the minute.
  // A prepared statement on the direct connection (see ../sqlite.ts).
  const rows = isPostgresUrl()
    ? await pgRows<{ minute: string; reviews: number }>(
        `SELECT to_char(date_trunc('minute', "reviewedAt"), 'YYYY-MM-DD"T"HH24:MI') AS minute, COUNT(*)::int AS reviews
         FROM "ReviewLog" WHERE "userId" = $1 AND "undoneAt" IS NULL GROUP BY 1 ORDER BY 1`,
        [userId],
      )
    : (statement(`
    SELECT substr("reviewedAt", 1, 16) AS minute, COUNT(*) AS reviews
    FROM "ReviewLog" WHERE "userId" = ? AND "undoneAt" IS NULL
    GROUP BY minute ORDER BY minute`).all(userId) as { minute: string; reviews: number }[]);
  const times: StatsReview[] = [];
  for (const row of rows) {
    const time = new ReviewTime(new Date(`${row.minute}:00Z`));
    if (Number.isNaN(time.reviewedAt.getTime())) throw new Error(`unexpected reviewedAt text "${row.minute}" in ReviewLog`);
    for (let i = 0; i < row.reviews; i += 1) times.push(time);
  }
  return times;
}
