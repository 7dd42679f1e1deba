import { getTaughtClassOrThrow } from "@/lib/server/classes/class-access";
import { deleteAssignment } from "@/lib/server/classes/manage-assignments";
import { withUser } from "@/lib/server/with-user";

/** Removes an assignment; learners keep their progress on it. → 204 */
export const DELETE = withUser<{ classId: string; assignmentId: string }>(async (_request, { user, params }) => {
  const taught = await getTaughtClassOrThrow(user, params.classId);
  await deleteAssignment(taught.id, params.assignmentId);
  return new Response(null, { status: 204 });
});
