import { revokeApiToken } from "@/lib/server/tokens/revoke-api-token";
import { withUser } from "@/lib/server/with-user";

/** Revokes one of the user's tokens; it stops working at once. */
export const DELETE = withUser<{ tokenId: string }>(async (_request, { user, params }) => {
  await revokeApiToken(user.id, params.tokenId, new Date());
  return new Response(null, { status: 204 });
});
