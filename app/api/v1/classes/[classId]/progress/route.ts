import { getTaughtClassOrThrow } from "@/lib/server/classes/class-access";
import { cachedClassProgress } from "@/lib/server/classes/cached-class-progress";
import { withApiUser } from "@/lib/server/api-v1/with-api-user";

/**
 * The class's progress, restricted to what is assigned in it: `{ learners, cards, scenarios }` (and the
 * heat map and weekly trend the class page draws). `?learner=ID` narrows it to one member.
 */
export const GET = withApiUser<{ classId: string }>(async (request, { user, params }) => {
  const taught = await getTaughtClassOrThrow(user, params.classId);
  const learnerId = new URL(request.url).searchParams.get("learner");
  const { learners, cards, scenarios, heatmap, trend } = await cachedClassProgress(taught.id, new Date(), learnerId);
  return Response.json({ learners, cards, scenarios, heatmap, trend });
}, { scope: "read" });
