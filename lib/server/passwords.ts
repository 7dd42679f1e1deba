/** Password hashing with bcrypt (slow on purpose: cost 11 ≈ 0.1 s per hash in pure JS). */
import bcrypt from "bcryptjs";
import { weakPasswordReason } from "@/lib/validations/password-strength";
import { ApiError } from "./api-error";

const COST = 11;

/** A hash of a random password nobody knows (same cost as real ones), compared when the email is unknown. */
export const DUMMY_PASSWORD_HASH = "$2b$11$HLC9thuhDs7Ru3wj8fqrguoI6yjZlFqb8oYRxg5Gr7HM3zIPklCI6";

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

/** 422 on `field` when the password is common or an easy pattern (lib/validations/password-strength.ts). */
export function requireStrongPassword(password: string, userInputs: readonly string[] = [], field = "password"): void {
  const reason = weakPasswordReason(password, userInputs.filter(Boolean));
  if (reason) throw new ApiError(422, `${field}: ${reason}`, [{ path: field, message: reason }]);
}
