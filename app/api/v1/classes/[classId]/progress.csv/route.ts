import { progressCsv } from "@/lib/classes/progress-csv";
import { getTaughtClassOrThrow } from "@/lib/server/classes/class-access";
import { cachedClassProgress } from "@/lib/server/classes/cached-class-progress";
import { withApiUser } from "@/lib/server/api-v1/with-api-user";

function fileName(className: string, now: Date): string {
  const slug = className.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "class";
  return `${slug}-${now.toISOString().slice(0, 10)}.csv`;
}

/** The gradebook: one row per learner, the per-learner columns of the progress JSON. */
export const GET = withApiUser<{ classId: string }>(async (_request, { user, params }) => {
  const taught = await getTaughtClassOrThrow(user, params.classId);
  const now = new Date();
  const { learners, scenarioIds } = await cachedClassProgress(taught.id, now);
  return new Response(progressCsv(learners, scenarioIds), {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${fileName(taught.name, now)}"` },
  });
}, { scope: "read" });
