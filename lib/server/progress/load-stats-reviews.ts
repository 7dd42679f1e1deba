import "server-only";
import { isCardStateName, isRating, type CardStateName, type StatsReview } from "@/lib/srs";
import { db } from "../db";

interface SnapshotHead {
  schedule?: { state?: unknown; scheduledDays?: unknown };
}

function before(snapshot: string): { state: CardStateName; interval: number } {
  try {
    const schedule = (JSON.parse(snapshot) as SnapshotHead).schedule;
    const state = isCardStateName(schedule?.state) ? schedule.state : "new";
    return { state, interval: typeof schedule?.scheduledDays === "number" ? schedule.scheduledDays : 0 };
  } catch {
    return { state: "new", interval: 0 };
  }
}

/** The learner's non-undone reviews as the statistics need them, oldest first. */
export async function loadStatsReviews(userId: string): Promise<StatsReview[]> {
  const rows = await db.reviewLog.findMany({
    where: { userId, undoneAt: null },
    orderBy: { reviewedAt: "asc" },
    select: { cardId: true, rating: true, reviewedAt: true, stateBefore: true },
  });
  const reviews: StatsReview[] = [];
  for (const row of rows) {
    if (!isRating(row.rating)) continue;
    const { state, interval } = before(row.stateBefore);
    reviews.push({ cardId: row.cardId, rating: row.rating, reviewedAt: row.reviewedAt, stateBefore: state, intervalBefore: interval });
  }
  return reviews;
}
