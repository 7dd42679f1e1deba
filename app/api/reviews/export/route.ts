import { exportReviewsCsv } from "@/lib/server/progress/export-reviews";
import { withUser } from "@/lib/server/with-user";

/** Downloads the learner's review log as CSV (card_id,review_rating,review_time,review_duration). */
export const GET = withUser(async (_request, { user }) => {
  const csv = await exportReviewsCsv(user.id);
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": "attachment; filename=kubedeck-reviews.csv",
      "cache-control": "no-store",
    },
  });
});
