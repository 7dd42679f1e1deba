import "server-only";
import type { PrismaClient } from "@/prisma/generated/client";
import type { SignUpInput } from "@/lib/validations/user";
import { createUser, displayNameOf, DuplicateEmail } from "../create-user";
import { hashPassword } from "../passwords";

export interface SignUpAnswer {
  readonly email: string;
  readonly name: string;
  readonly role: "learner";
}

/**
 * Sign-up as an anonymous caller sees it (issue 12): a new address and one that has an account get
 * the same answer, built from the request alone, after the same work (a bcrypt hash), so sign-up
 * confirms nothing that the sign-in form would not. There is no e-mail delivery to tell the owner
 * instead; the page signs in next, and an existing address with another password meets the
 * ordinary sign-in failure. The CLI (createUser) still says that the account exists.
 */
export async function signUpLearner(db: PrismaClient, input: SignUpInput): Promise<SignUpAnswer> {
  try {
    const user = await createUser(db, { ...input, role: "learner" });
    return { email: user.email, name: user.name, role: "learner" };
  } catch (error) {
    if (!(error instanceof DuplicateEmail)) throw error;
    // A new address pays for a hash before its insert; an existing one pays the same here.
    await hashPassword(input.password);
    return { email: input.email, name: displayNameOf(input), role: "learner" };
  }
}
