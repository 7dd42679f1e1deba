import { readJsonBody } from "@/lib/server/api-error";
import { createClass } from "@/lib/server/classes/create-class";
import { listMyClasses } from "@/lib/server/classes/list-classes";
import { withUser } from "@/lib/server/with-user";
import { CLASS_BODY_LIMIT, createClassSchema } from "@/lib/validations/class";

/** The classes the user teaches and those they belong to. */
export const GET = withUser(async (_request, { user }) => Response.json(await listMyClasses(user)));

/** Creates a class taught by the signed-in instructor: `{ name }` → 201 `{ id, name, joinCode }`. */
export const POST = withUser(
  async (request, { user }) => {
    const input = createClassSchema.parse(await readJsonBody(request, CLASS_BODY_LIMIT));
    return Response.json(await createClass(user.id, input.name), { status: 201 });
  },
  { role: "instructor" },
);
