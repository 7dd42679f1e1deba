/** One schema per resource, shared by the form, the route handler and the CLI. */
import { z } from "zod";
import { withoutControlCharacters } from "./control-characters";

export const ROLES = ["learner", "instructor", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const roleSchema = z.enum(ROLES, {
  error: () => `Role must be one of: ${ROLES.join(", ")}.`,
});

export const emailSchema = z
  .string({ error: "Email is required." })
  .trim()
  .min(1, "Email is required.")
  .max(254, "Email is too long (254 characters at most).")
  .email("Email is not a valid address: use the form name@example.com.")
  .transform((email) => email.toLowerCase());

export const passwordSchema = z
  .string({ error: "Password is required." })
  .min(1, "Password is required.")
  .min(8, "Password must be at least 8 characters long.")
  .max(200, "Password is too long (200 characters at most).")
  .refine((password) => password.trim() !== "", "Password cannot be only spaces: choose one with letters, digits or symbols.");

export const signUpSchema = z.object({
  name: withoutControlCharacters(z.string().trim().max(100, "Name is too long (100 characters at most).")).optional().default(""),
  email: emailSchema,
  password: passwordSchema,
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "Password is required."),
});

export const createUserSchema = signUpSchema.extend({ role: roleSchema.default("learner") });
export type CreateUserInput = z.infer<typeof createUserSchema>;

export function hasRole(actual: string, required: Role): boolean {
  const rank: Record<Role, number> = { learner: 0, instructor: 1, admin: 2 };
  const actualRank = (ROLES as readonly string[]).includes(actual) ? rank[actual as Role] : -1;
  return actualRank >= rank[required];
}

/** The error code sign-in answers when the password is right but an admin disabled the account. */
export const ACCOUNT_DISABLED = "AccountDisabled";
export const ACCOUNT_DISABLED_MESSAGE = "This account is disabled. Ask an administrator of this Kubedeck to enable it again.";
