import { readJsonBody } from "@/lib/server/api-error";
import { withApiUser } from "@/lib/server/api-v1/with-api-user";
import { db } from "@/lib/server/db";
import { getOwnedDeckOrThrow } from "@/lib/server/decks/get-owned-deck-or-throw";
import { loadDeckSource } from "@/lib/server/decks/load-deck-source";
import { restoreDeckRevision } from "@/lib/server/decks/restore-deck-revision";
import { ApiError } from "@/lib/server/api-error";
import { restoreRevisionSchema } from "@/lib/validations/authoring";

/** Restores an old revision: its Markdown is saved again as the next revision. */
export const POST = withApiUser<{ deckId: string }>(
  async (request, { user, params }) => {
    const input = restoreRevisionSchema.parse(await readJsonBody(request, 10_000));
    const result = await db.$transaction(async (tx) => {
      const deck = await getOwnedDeckOrThrow(tx, user.id, params.deckId);
      if (input.baseRevision !== undefined) {
        const { revision } = await loadDeckSource(tx, deck);
        if (revision !== input.baseRevision) throw new ApiError(409, `Revision ${revision} is current, not ${input.baseRevision}: reload the history and try again.`, [{ path: "baseRevision", message: `revision ${revision} is current` }]);
      }
      return restoreDeckRevision(tx, deck, user.id, input.revision, new Date());
    });
    return Response.json(result);
  },
  { scope: "write" },
);
