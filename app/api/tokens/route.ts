import { readJsonBody } from "@/lib/server/api-error";
import { db } from "@/lib/server/db";
import { createApiToken } from "@/lib/server/tokens/create-api-token";
import { listApiTokens } from "@/lib/server/tokens/list-api-tokens";
import { withUser } from "@/lib/server/with-user";
import { createApiTokenSchema } from "@/lib/validations/api-token";

/** The user's API tokens (never the secrets), with last use. Cookie sessions only: a token cannot make tokens. */
export const GET = withUser(async (_request, { user }) => Response.json({ tokens: await listApiTokens(user.id, new Date()) }));

/** Creates a token; the answer carries the secret, shown this once. */
export const POST = withUser(async (request, { user }) => {
  const input = createApiTokenSchema.parse(await readJsonBody(request, 2_000));
  return Response.json(await createApiToken(db, user.id, input, new Date()), { status: 201 });
});
