import { listMyAssignments } from "@/lib/server/classes/my-assignments";
import { withUser } from "@/lib/server/with-user";

/** The signed-in learner's assignments from every class they belong to, with how far along they are. */
export const GET = withUser(async (_request, { user }) => Response.json({ assignments: await listMyAssignments(user.id, new Date()) }));
