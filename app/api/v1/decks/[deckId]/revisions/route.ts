import { withApiUser } from "@/lib/server/api-v1/with-api-user";
import { db } from "@/lib/server/db";
import { getDeckDetail } from "@/lib/server/decks/get-deck-detail";
import { listDeckRevisions } from "@/lib/server/decks/list-deck-revisions";

/** A deck's revisions, newest first, with what each save did to the cards. */
export const GET = withApiUser<{ deckId: string }>(
  async (_request, { user, params }) => {
    await getDeckDetail(db, user.id, params.deckId);
    return Response.json({ revisions: await listDeckRevisions(db, params.deckId) });
  },
  { scope: "read" },
);
