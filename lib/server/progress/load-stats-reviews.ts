import "server-only";
import { isCardStateName, isRating, type CardStateName, type Rating, type StatsReview } from "@/lib/srs";
import { isPostgresUrl } from "../database-url";
import { pgDate, pgRows } from "../postgres";
import { sqliteDate, statement } from "../sqlite";

interface SnapshotHead {
  schedule?: { state?: unknown; scheduledDays?: unknown };
}

/**
 * A review log row as the statistics see it. The card's state before the answer lives in a JSON
 * snapshot, parsed only when read.
 */
class LoggedReview implements StatsReview {
  #snapshot: string;
  #before: { state: CardStateName; interval: number } | null = null;

  constructor(
    readonly cardId: string,
    readonly rating: Rating,
    readonly reviewedAt: Date,
    snapshot: string,
  ) {
    this.#snapshot = snapshot;
  }

  #parsed(): { state: CardStateName; interval: number } {
    if (this.#before) return this.#before;
    try {
      const schedule = (JSON.parse(this.#snapshot) as SnapshotHead).schedule;
      const state = isCardStateName(schedule?.state) ? schedule.state : "new";
      this.#before = { state, interval: typeof schedule?.scheduledDays === "number" ? schedule.scheduledDays : 0 };
    } catch {
      this.#before = { state: "new", interval: 0 };
    }
    return this.#before;
  }

  get stateBefore(): CardStateName {
    return this.#parsed().state;
  }

  get intervalBefore(): number {
    return this.#parsed().interval;
  }
}

/** The learner's non-undone reviews since `since` as the statistics need them, oldest first. */
export async function loadStatsReviews(userId: string, since: Date): Promise<StatsReview[]> {
  // A prepared statement on the direct connection (see ../sqlite.ts): a month can be thousands of rows.
  type Row = { cardId: string; rating: number; reviewedAt: string | Date; stateBefore: string };
  const rows = isPostgresUrl()
    ? await pgRows<Row>(
        `SELECT "cardId", "rating", "reviewedAt", "stateBefore" FROM "ReviewLog"
         WHERE "userId" = $1 AND "undoneAt" IS NULL AND "reviewedAt" >= $2 ORDER BY "reviewedAt"`,
        [userId, pgDate(since)],
      )
    : (statement(`
    SELECT "cardId", "rating", "reviewedAt", "stateBefore" FROM "ReviewLog"
    WHERE "userId" = ? AND "undoneAt" IS NULL AND "reviewedAt" >= ? ORDER BY "reviewedAt"`).all(userId, sqliteDate(since)) as Row[]);
  const reviews: StatsReview[] = [];
  for (const row of rows) {
    if (isRating(row.rating)) reviews.push(new LoggedReview(row.cardId, row.rating, new Date(row.reviewedAt), row.stateBefore));
  }
  return reviews;
}
