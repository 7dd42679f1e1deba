import { readJsonBody } from "@/lib/server/api-error";
import { createClass } from "@/lib/server/classes/create-class";
import { listMyClasses } from "@/lib/server/classes/list-classes";
import { withApiUser } from "@/lib/server/api-v1/with-api-user";
import { CLASS_BODY_LIMIT, createClassSchema } from "@/lib/validations/class";

/** The classes the user teaches and those they belong to. */
export const GET = withApiUser(async (_request, { user }) => Response.json(await listMyClasses(user)), { scope: "read" });

/** Creates a class taught by the signed-in instructor: `{ name }` → 201 `{ id, name, joinCode }`. */
export const POST = withApiUser(
  async (request, { user }) => {
    const input = createClassSchema.parse(await readJsonBody(request));
    return Response.json(await createClass(user.id, input.name), { status: 201 });
  }, { scope: "write", role: "instructor", maxBodyBytes: CLASS_BODY_LIMIT });
