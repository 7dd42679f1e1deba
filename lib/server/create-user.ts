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

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}

export async function createUser(db: PrismaClient, input: unknown): Promise<CreatedUser> {
  const parsed: CreateUserInput = createUserSchema.parse(input);
  requireStrongPassword(parsed.password, [parsed.email, parsed.name]);
  const duplicate = { path: "email", message: `An account with ${parsed.email} already exists: sign in instead, or use another email.` };
  const existing = await db.user.findUnique({ where: { email: parsed.email }, select: { id: true } });
  if (existing) throw new ApiError(422, duplicate.message, [duplicate]);
  const passwordHash = await hashPassword(parsed.password);
  try {
    return await db.user.create({
      data: {
        email: parsed.email,
        name: parsed.name || parsed.email.split("@")[0] || parsed.email,
        role: parsed.role,
        passwordHash,
        settings: { create: {} },
      },
      select: { id: true, email: true, name: true, role: true },
    });
  } catch (error) {
    // Two sign-ups racing for the same email: the unique index decides.
    if (isUniqueViolation(error)) throw new ApiError(422, duplicate.message, [duplicate]);
    throw error;
  }
}
