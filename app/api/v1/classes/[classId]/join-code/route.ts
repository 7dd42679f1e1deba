import { getTaughtClassOrThrow } from "@/lib/server/classes/class-access";
import { rotateJoinCode } from "@/lib/server/classes/create-class";
import { withApiUser } from "@/lib/server/api-v1/with-api-user";

/** Rotates the class's join code: the old code and link stop working. → `{ joinCode }` */
export const POST = withApiUser<{ classId: string }>(async (_request, { user, params }) => {
  const taught = await getTaughtClassOrThrow(user, params.classId);
  return Response.json({ joinCode: await rotateJoinCode(taught.id) });
}, { scope: "write" });
