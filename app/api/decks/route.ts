import { readJsonBody } from "@/lib/server/api-error";
import { createImportedDeck } from "@/lib/server/decks/create-imported-deck";
import { listVisibleDecks } from "@/lib/server/decks/list-decks";
import { withUser } from "@/lib/server/with-user";
import { importDeckSchema } from "@/lib/validations/deck";

/** The decks the user may study, with card counts by kind. */
export const GET = withUser(async (_request, { user }) => Response.json({ decks: await listVisibleDecks(user.id) }));

/** The notes (200 KB) and up to 1,000 edited cards drawn from them: more than the 1 MB default. */
const IMPORT_BODY_LIMIT_BYTES = 4_000_000;

/** Saves imported notes as a new private deck. */
export const POST = withUser(async (request, { user }) => {
  const input = importDeckSchema.parse(await readJsonBody(request));
  const deck = await createImportedDeck(user.id, input);
  return Response.json({ deck }, { status: 201 });
}, { maxBodyBytes: IMPORT_BODY_LIMIT_BYTES });
