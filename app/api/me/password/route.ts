import { readJsonBody } from "@/lib/server/api-error";
import { changePassword } from "@/lib/server/account/change-password";
import { withUser } from "@/lib/server/with-user";

/** `{ currentPassword, newPassword }` → changes the password and signs the account out everywhere. */
export const PUT = withUser(async (request, { user }) => {
  await changePassword(user.id, user.email, await readJsonBody(request), new Date());
  return Response.json({ changed: true, signedOut: true });
});
