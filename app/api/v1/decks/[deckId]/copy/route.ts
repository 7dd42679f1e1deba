import { withApiUser } from "@/lib/server/api-v1/with-api-user";
import { db } from "@/lib/server/db";
import { copyDeck } from "@/lib/server/decks/copy-deck";
import { getDeckOrThrow } from "@/lib/server/decks/get-deck-or-throw";

/** "Make an editable copy" of any deck the caller can see: a private deck of theirs with new card ids. */
export const POST = withApiUser<{ deckId: string }>(
  async (_request, { user, params }) => {
    const source = await getDeckOrThrow(user.id, params.deckId);
    const result = await db.$transaction((tx) => copyDeck(tx, source, user.id, new Date()));
    return Response.json(result, { status: 201 });
  },
  { scope: "write" },
);
