import { readJsonBody } from "@/lib/server/api-error";
import { withApiUser } from "@/lib/server/api-v1/with-api-user";
import { db } from "@/lib/server/db";
import { deleteDeck } from "@/lib/server/decks/delete-deck";
import { getDeckDetail } from "@/lib/server/decks/get-deck-detail";
import { getOwnedDeckOrThrow } from "@/lib/server/decks/get-owned-deck-or-throw";
import { saveDeckMarkdown } from "@/lib/server/decks/save-deck-markdown";
import { updateDeckDetails } from "@/lib/server/decks/update-deck-details";
import { deckDetailsSchema, MAX_DECK_REQUEST_BYTES, updateDeckSchema } from "@/lib/validations/authoring";
import { requireReadableDeck } from "@/lib/server/decks/require-readable-deck";

type Params = { deckId: string };

/** A deck the caller can see: its current Markdown, revision and cards. */
export const GET = withApiUser<Params>(async (_request, { user, params }) => Response.json(await getDeckDetail(db, user.id, params.deckId)), { scope: "read" });

/** Saves new Markdown as the deck's next revision (the caller's own deck). */
export const PUT = withApiUser<Params>(
  async (request, { user, params }) => {
    const input = updateDeckSchema.parse(await readJsonBody(request));
    await requireReadableDeck(input.markdown);
    const result = await db.$transaction(async (tx) => {
      const deck = await getOwnedDeckOrThrow(tx, user.id, params.deckId);
      return saveDeckMarkdown(tx, deck, user.id, input, new Date());
    });
    return Response.json(result);
  },
  { scope: "write", maxBodyBytes: MAX_DECK_REQUEST_BYTES },
);

const DECK_DETAILS_BYTES = 20_000;

/** Rename, describe, tag (a new revision of the front matter) or change visibility. */
export const PATCH = withApiUser<Params>(
  async (request, { user, params }) => {
    const input = deckDetailsSchema.parse(await readJsonBody(request));
    const result = await db.$transaction(async (tx) => {
      const deck = await getOwnedDeckOrThrow(tx, user.id, params.deckId);
      return updateDeckDetails(tx, deck, user, input, new Date());
    });
    return Response.json(result);
  },
  { scope: "write", maxBodyBytes: DECK_DETAILS_BYTES },
);

/** Deletes the caller's deck for everyone; review history stays in each learner's statistics and export. */
export const DELETE = withApiUser<Params>(
  async (_request, { user, params }) => {
    await db.$transaction(async (tx) => {
      await getOwnedDeckOrThrow(tx, user.id, params.deckId);
      await deleteDeck(tx, params.deckId, new Date());
    });
    return new Response(null, { status: 204 });
  },
  { scope: "write" },
);
