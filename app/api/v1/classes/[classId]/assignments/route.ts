import { readJsonBody } from "@/lib/server/api-error";
import { getTaughtClassOrThrow } from "@/lib/server/classes/class-access";
import { createAssignment } from "@/lib/server/classes/manage-assignments";
import { withApiUser } from "@/lib/server/api-v1/with-api-user";
import { CLASS_BODY_LIMIT, createAssignmentSchema } from "@/lib/validations/class";

/** Assigns a deck or a scenario to the class: `{ deckId }` or `{ scenarioId }`, `dueAt`?, `introduceAll`? → 201 `{ id }`. */
export const POST = withApiUser<{ classId: string }>(async (request, { user, params }) => {
  const taught = await getTaughtClassOrThrow(user, params.classId);
  const input = createAssignmentSchema.parse(await readJsonBody(request));
  return Response.json(await createAssignment(user.id, taught.id, input), { status: 201 });
}, { scope: "write", maxBodyBytes: CLASS_BODY_LIMIT });
