import "server-only";
import { isRating, reviewLogToCsv, type ExportableReview } from "@/lib/srs";
import { db } from "../db";

/** The learner's review log (undone reviews left out, oldest first) as py-fsrs / srs-benchmark CSV. */
export async function exportReviewsCsv(userId: string): Promise<string> {
  const rows = await db.reviewLog.findMany({
    where: { userId, undoneAt: null },
    orderBy: [{ reviewedAt: "asc" }, { id: "asc" }],
    select: { cardId: true, rating: true, reviewedAt: true, durationMs: true },
  });
  const reviews: ExportableReview[] = rows.flatMap((row) => (isRating(row.rating) ? [{ ...row, rating: row.rating }] : []));
  return reviewLogToCsv(reviews);
}
