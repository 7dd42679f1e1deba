import "server-only";
import { redirect } from "next/navigation";
import { hasRole, type Role } from "@/lib/validations/user";
import { getCurrentUser, type SessionUser } from "./current-user";

/**
 * Guards a server page: not signed in → redirect to sign-in (coming back afterwards);
 * wrong role → the 403 page.
 */
export async function requireUser(callbackPath: string, options: { role?: Role } = {}): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(callbackPath)}`);
  if (options.role && !hasRole(user.role, options.role)) redirect(`/forbidden?needs=${options.role}`);
  return user;
}
