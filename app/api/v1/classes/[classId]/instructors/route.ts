import { readJsonBody } from "@/lib/server/api-error";
import { getTaughtClassOrThrow } from "@/lib/server/classes/class-access";
import { addCoInstructor } from "@/lib/server/classes/manage-members";
import { withApiUser } from "@/lib/server/api-v1/with-api-user";
import { addInstructorSchema, CLASS_BODY_LIMIT } from "@/lib/validations/class";

/** Adds a co-instructor by email: `{ email }` → 201 `{ userId, name, email }`. */
export const POST = withApiUser<{ classId: string }>(async (request, { user, params }) => {
  const taught = await getTaughtClassOrThrow(user, params.classId);
  const input = addInstructorSchema.parse(await readJsonBody(request));
  return Response.json(await addCoInstructor(taught.id, input.email), { status: 201 });
}, { scope: "write", maxBodyBytes: CLASS_BODY_LIMIT });
