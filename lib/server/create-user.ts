/** Creates an account (used by sign-up, the CLI and the demo seed). */
import type { PrismaClient } from "@/prisma/generated/client";
import { createUserSchema, type CreateUserInput } from "@/lib/validations/user";
import { ApiError } from "./api-error";
import { hashPassword, requireStrongPassword } from "./passwords";

export interface CreatedUser {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly role: string;
}

/** The email belongs to an account already (the CLI says so; sign-up answers as for a new address). */
export class DuplicateEmail extends ApiError {
  constructor(email: string) {
    const message = `An account with ${email} already exists: sign in instead, or use another email.`;
    super(422, message, [{ path: "email", message }]);
  }
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}

/** The name an account gets: the one given, else the email's local part. */
export function displayNameOf(input: { readonly name: string; readonly email: string }): string {
  return input.name || input.email.split("@")[0] || input.email;
}

export async function createUser(db: PrismaClient, input: unknown): Promise<CreatedUser> {
  const parsed: CreateUserInput = createUserSchema.parse(input);
  requireStrongPassword(parsed.password, [parsed.email, parsed.name]);
  const existing = await db.user.findUnique({ where: { email: parsed.email }, select: { id: true } });
  if (existing) throw new DuplicateEmail(parsed.email);
  const passwordHash = await hashPassword(parsed.password);
  try {
    return await db.user.create({
      data: {
        email: parsed.email,
        name: displayNameOf(parsed),
        role: parsed.role,
        passwordHash,
        settings: { create: {} },
      },
      select: { id: true, email: true, name: true, role: true },
    });
  } catch (error) {
    // Two sign-ups racing for the same email: the unique index decides.
    if (isUniqueViolation(error)) throw new DuplicateEmail(parsed.email);
    throw error;
  }
}
