import { withApiUser } from "@/lib/server/api-v1/with-api-user";
import { db } from "@/lib/server/db";
import { diffDeckRevisions } from "@/lib/server/decks/diff-deck-revisions";
import { getDeckOrThrow } from "@/lib/server/decks/get-deck-or-throw";
import { diffQuerySchema } from "@/lib/validations/authoring";

/** The difference between two revisions: `?from=1&to=3`. */
export const GET = withApiUser<{ deckId: string }>(
  async (request, { user, params }) => {
    await getDeckOrThrow(user.id, params.deckId);
    const query = new URL(request.url).searchParams;
    const { from, to } = diffQuerySchema.parse({ from: query.get("from") ?? undefined, to: query.get("to") ?? undefined });
    return Response.json(await diffDeckRevisions(db, params.deckId, from, to));
  },
  { scope: "read" },
);
