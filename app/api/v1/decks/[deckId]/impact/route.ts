import { withApiUser } from "@/lib/server/api-v1/with-api-user";
import { db } from "@/lib/server/db";
import { countDeckImpact } from "@/lib/server/decks/count-deck-impact";
import { getOwnedDeckOrThrow } from "@/lib/server/decks/get-owned-deck-or-throw";

/** What deleting the caller's deck touches: its cards, other learners with progress, reviews. */
export const GET = withApiUser<{ deckId: string }>(
  async (_request, { user, params }) => {
    const deck = await getOwnedDeckOrThrow(db, user.id, params.deckId);
    return Response.json(await countDeckImpact(db, deck.id, deck.ownerId));
  },
  { scope: "read" },
);
