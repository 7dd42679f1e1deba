import { withApiUser } from "@/lib/server/api-v1/with-api-user";
import { db } from "@/lib/server/db";
import { getDeckOrThrow } from "@/lib/server/decks/get-deck-or-throw";
import { getDeckRevisionOrThrow } from "@/lib/server/decks/list-deck-revisions";
import { revisionParamSchema } from "@/lib/validations/authoring";

/** One revision of a deck with its Markdown. */
export const GET = withApiUser<{ deckId: string; number: string }>(
  async (_request, { user, params }) => {
    await getDeckOrThrow(user.id, params.deckId);
    const number = revisionParamSchema.parse(params.number);
    const row = await getDeckRevisionOrThrow(db, params.deckId, number);
    return Response.json({ number: row.number, createdAt: row.createdAt.toISOString(), message: row.message, markdown: row.markdown });
  },
  { scope: "read" },
);
