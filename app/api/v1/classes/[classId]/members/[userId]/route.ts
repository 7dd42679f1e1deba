import { removeMember } from "@/lib/server/classes/manage-members";
import { withUser } from "@/lib/server/with-user";

/** An instructor removes a member, or a learner leaves (their own id, or `me`). → 204 */
export const DELETE = withUser<{ classId: string; userId: string }>(async (_request, { user, params }) => {
  await removeMember(user, params.classId, params.userId === "me" ? user.id : params.userId);
  return new Response(null, { status: 204 });
});
