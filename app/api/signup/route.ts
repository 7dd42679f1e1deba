import { ApiError, readJsonBody } from "@/lib/server/api-error";
import { consumeSignUp } from "@/lib/server/auth/sign-in-limits";
import { signUpLearner } from "@/lib/server/auth/sign-up-learner";
import { clientAddress } from "@/lib/server/http/client-address";
import { db } from "@/lib/server/db";
import { withoutUser } from "@/lib/server/with-user";
import { signUpSchema } from "@/lib/validations/user";

/**
 * Creates a learner account. Everyone who signs up is a learner; instructors are made by an admin or the CLI.
 * An address that has an account already gets the same 201 (lib/server/auth/sign-up-learner.ts).
 */
export const POST = withoutUser(
  async (request: Request) => {
    const wait = await consumeSignUp(clientAddress((name) => request.headers.get(name)));
    if (wait > 0) throw new ApiError(429, `Too many sign-ups from your network. Try again in ${Math.ceil(wait / 60)} minutes.`, [], { "retry-after": String(wait) });
    const input = signUpSchema.parse(await readJsonBody(request));
    const user = await signUpLearner(db, input);
    return Response.json({ user }, { status: 201 });
  },
  { maxBodyBytes: 16_000 },
);
