import { getCardInfo } from "@/lib/server/cards/get-card-info";
import { withUser } from "@/lib/server/with-user";

/** One card with the learner's memory state and review history (404 when the user cannot see it). */
export const GET = withUser<{ cardId: string }>(async (_request, { user, params }) => Response.json(await getCardInfo(user.id, params.cardId, new Date())));
