import "server-only";
import { deleteAccountSchema } from "@/lib/validations/account";
import { forgetSessions } from "../auth/user-sessions";
import { db } from "../db";
import { confirmPassword } from "./confirm-password";

/**
 * Deletes the user's account after confirming the password: the schema cascades to everything the
 * user owns (settings, own decks and their cards, card states, reviews, scenario attempts, classes);
 * built-in and instructors' content stays. Its sessions end with it.
 */
export async function deleteAccount(userId: string, input: unknown): Promise<void> {
  const { password } = deleteAccountSchema.parse(input);
  await confirmPassword(userId, password, "password");
  await db.user.delete({ where: { id: userId } });
  await forgetSessions(userId);
}
