import { getTaughtClassOrThrow } from "@/lib/server/classes/class-access";
import { deleteAssignment } from "@/lib/server/classes/manage-assignments";
import { withApiUser } from "@/lib/server/api-v1/with-api-user";

/** Removes an assignment; learners keep their progress on it. → 204 */
export const DELETE = withApiUser<{ classId: string; assignmentId: string }>(async (_request, { user, params }) => {
  const taught = await getTaughtClassOrThrow(user, params.classId);
  await deleteAssignment(taught.id, params.assignmentId);
  return new Response(null, { status: 204 });
}, { scope: "write" });
