/** The learner's card actions (POST /api/cards/[cardId]/actions), shared by the card page and the route. */
import { z } from "zod";

export const CARD_ACTIONS = ["suspend", "unsuspend", "bury", "unbury", "reset"] as const;
export type CardAction = (typeof CARD_ACTIONS)[number];

export const cardActionSchema = z.object({
  action: z.enum(CARD_ACTIONS, { error: () => `action must be one of: ${CARD_ACTIONS.join(", ")}.` }),
});
