import { loadProgress } from "@/lib/server/progress/load-progress";
import { withUser } from "@/lib/server/with-user";

/** The learner's progress statistics (the data of the /progress page). */
export const GET = withUser(async (_request, { user }) => Response.json(await loadProgress(user.id, new Date())));
