import "server-only";
import { changePasswordSchema } from "@/lib/validations/account";
import { ApiError } from "../api-error";
import { revokeAllSessions } from "../auth/user-sessions";
import { db } from "../db";
import { hashPassword, requireStrongPassword } from "../passwords";
import { confirmPassword } from "./confirm-password";

/**
 * Changes the user's password after confirming the current one, and ends every session of the
 * account (this one too): whoever knew the old password is signed out everywhere.
 */
export async function changePassword(userId: string, email: string, input: unknown, now: Date): Promise<void> {
  const { currentPassword, newPassword } = changePasswordSchema.parse(input);
  await confirmPassword(userId, currentPassword, "currentPassword");
  if (newPassword === currentPassword) {
    throw new ApiError(422, "newPassword: the new password is the same as the current one.", [{ path: "newPassword", message: "Choose a password different from the current one." }]);
  }
  requireStrongPassword(newPassword, [email], "newPassword");
  await db.user.update({ where: { id: userId }, data: { passwordHash: await hashPassword(newPassword) } });
  await revokeAllSessions(userId, now);
}
