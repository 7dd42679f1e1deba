import { listMyAssignments } from "@/lib/server/classes/my-assignments";
import { withApiUser } from "@/lib/server/api-v1/with-api-user";

/** The signed-in learner's assignments from every class they belong to, with how far along they are. */
export const GET = withApiUser(async (_request, { user }) => Response.json({ assignments: await listMyAssignments(user.id, new Date()) }), { scope: "read" });
