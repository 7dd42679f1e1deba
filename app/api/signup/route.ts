import { handleApiError, readJsonBody } from "@/lib/server/api-error";
import { createUser } from "@/lib/server/create-user";
import { db } from "@/lib/server/db";
import { signUpSchema } from "@/lib/validations/user";

/** Creates a learner account. Everyone who signs up is a learner; instructors are made by an admin or the CLI. */
export async function POST(request: Request): Promise<Response> {
  try {
    const input = signUpSchema.parse(await readJsonBody(request));
    const user = await createUser(db, { ...input, role: "learner" });
    return Response.json({ user }, { status: 201 });
  } catch (error) {
    return handleApiError(error);
  }
}
