import "server-only";
import { ApiError } from "../api-error";
import { db } from "../db";
import { DUMMY_PASSWORD_HASH, verifyPassword } from "../passwords";

/** 403 on `field` unless `password` is the user's (an account without a password, e.g. GitHub sign-in, cannot confirm). */
export async function confirmPassword(userId: string, password: string, field: string): Promise<void> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  const matches = await verifyPassword(password, user?.passwordHash ?? DUMMY_PASSWORD_HASH);
  if (!user?.passwordHash || !matches) {
    const message = "That is not your current password. Type it again (it is case-sensitive).";
    throw new ApiError(403, `${field}: ${message}`, [{ path: field, message }]);
  }
}
