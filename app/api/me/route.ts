import { readJsonBody } from "@/lib/server/api-error";
import { deleteAccount } from "@/lib/server/account/delete-account";
import { withUser } from "@/lib/server/with-user";

/** The signed-in user. */
export const GET = withUser(async (_request, { user }) => Response.json({ user }));

/** Deletes the account and everything it owns, after `{ password }` confirms it (403 when wrong). */
export const DELETE = withUser(async (request, { user }) => {
  await deleteAccount(user.id, await readJsonBody(request));
  return Response.json({ deleted: true });
});
