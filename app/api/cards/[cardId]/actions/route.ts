import { readJsonBody } from "@/lib/server/api-error";
import { applyCardAction } from "@/lib/server/cards/apply-card-action";
import { cardActionSchema } from "@/lib/server/cards/card-action-schema";
import { getCardInfo } from "@/lib/server/cards/get-card-info";
import { withUser } from "@/lib/server/with-user";

/** `{ action: "suspend" | "unsuspend" | "bury" | "unbury" | "reset" }` → the card's updated info. */
export const POST = withUser<{ cardId: string }>(async (request, { user, params }) => {
  const { action } = cardActionSchema.parse(await readJsonBody(request));
  const now = new Date();
  await applyCardAction(user.id, params.cardId, action, now);
  return Response.json(await getCardInfo(user.id, params.cardId, now));
});
