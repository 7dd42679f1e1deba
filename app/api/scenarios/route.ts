import { listScenarios } from "@/lib/server/scenarios/list-scenarios";
import { withUser } from "@/lib/server/with-user";

/** Every scenario with the learner's status. */
export const GET = withUser(async (_request, { user }) => Response.json({ scenarios: await listScenarios(user.id) }));
