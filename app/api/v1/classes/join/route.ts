import { readJsonBody } from "@/lib/server/api-error";
import { joinClass } from "@/lib/server/classes/manage-members";
import { withUser } from "@/lib/server/with-user";
import { CLASS_BODY_LIMIT, joinClassSchema } from "@/lib/validations/class";

/** Joins the class a code (or pasted /join/CODE link) opens: `{ joinCode }` → `{ classId, name }`. */
export const POST = withUser(async (request, { user }) => {
  const input = joinClassSchema.parse(await readJsonBody(request, CLASS_BODY_LIMIT));
  return Response.json(await joinClass(user.id, input.joinCode));
});
