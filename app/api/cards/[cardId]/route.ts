import { readJsonBody } from "@/lib/server/api-error";
import { editCardText } from "@/lib/server/cards/edit-card-text";
import { getCardInfo } from "@/lib/server/cards/get-card-info";
import { withUser } from "@/lib/server/with-user";
import { cardTextEditSchema } from "@/lib/validations/card-browser";

/** One card with the learner's memory state and review history (404 when the user cannot see it). */
export const GET = withUser<{ cardId: string }>(async (_request, { user, params }) => Response.json(await getCardInfo(user.id, params.cardId, new Date())));

/** Edits the card's front and back in its deck's Markdown (decks the user owns): a new deck revision. */
export const PATCH = withUser<{ cardId: string }>(
  async (request, { user, params }) => {
    const input = cardTextEditSchema.parse(await readJsonBody(request));
    return Response.json(await editCardText(user.id, params.cardId, input, new Date()));
  },
  { maxBodyBytes: 20_000 },
);
