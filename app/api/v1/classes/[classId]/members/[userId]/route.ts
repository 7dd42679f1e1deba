import { removeMember } from "@/lib/server/classes/manage-members";
import { withApiUser } from "@/lib/server/api-v1/with-api-user";

/** An instructor removes a member, or a learner leaves (their own id, or `me`). → 204 */
export const DELETE = withApiUser<{ classId: string; userId: string }>(async (_request, { user, params }) => {
  await removeMember(user, params.classId, params.userId === "me" ? user.id : params.userId);
  return new Response(null, { status: 204 });
}, { scope: "write" });
