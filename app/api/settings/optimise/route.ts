import { optimiseSchedule } from "@/lib/server/settings/optimise-schedule";
import { withUser } from "@/lib/server/with-user";

/** Fits the learner's FSRS parameters on their review log; keeps them only when they predict better. */
export const POST = withUser(async (_request, { user }) => Response.json(await optimiseSchedule(user.id, new Date())));
