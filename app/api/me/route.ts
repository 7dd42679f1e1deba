import { withUser } from "@/lib/server/with-user";

/** The signed-in user. */
export const GET = withUser(async (_request, { user }) => Response.json({ user }));
