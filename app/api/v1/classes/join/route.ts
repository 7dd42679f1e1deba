import { readJsonBody } from "@/lib/server/api-error";
import { joinClass } from "@/lib/server/classes/manage-members";
import { withApiUser } from "@/lib/server/api-v1/with-api-user";
import { CLASS_BODY_LIMIT, joinClassSchema } from "@/lib/validations/class";

/** Joins the class a code (or pasted /join/CODE link) opens: `{ joinCode }` → `{ classId, name }`. */
export const POST = withApiUser(async (request, { user }) => {
  const input = joinClassSchema.parse(await readJsonBody(request));
  return Response.json(await joinClass(user.id, input.joinCode));
}, { scope: "write", maxBodyBytes: CLASS_BODY_LIMIT });
