import { getTaughtClassOrThrow } from "@/lib/server/classes/class-access";
import { rotateJoinCode } from "@/lib/server/classes/create-class";
import { withUser } from "@/lib/server/with-user";

/** Rotates the class's join code: the old code and link stop working. → `{ joinCode }` */
export const POST = withUser<{ classId: string }>(async (_request, { user, params }) => {
  const taught = await getTaughtClassOrThrow(user, params.classId);
  return Response.json({ joinCode: await rotateJoinCode(taught.id) });
});
