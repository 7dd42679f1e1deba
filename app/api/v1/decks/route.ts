import { readJsonBody } from "@/lib/server/api-error";
import { withApiUser } from "@/lib/server/api-v1/with-api-user";
import { createAuthoredDeck } from "@/lib/server/decks/create-authored-deck";
import { db } from "@/lib/server/db";
import { listApiDecks } from "@/lib/server/decks/list-api-decks";
import { checkShareableClasses } from "@/lib/server/classes/class-shares";
import { setDeckClasses } from "@/lib/server/decks/share-deck";
import { ApiError } from "@/lib/server/api-error";
import { hasRole } from "@/lib/validations/user";
import { createDeckSchema, MAX_DECK_REQUEST_BYTES } from "@/lib/validations/authoring";
import { requireReadableDeck } from "@/lib/server/decks/require-readable-deck";

/** The decks the caller can see: their own first, then public, shared with their classes and built-in ones. */
export const GET = withApiUser(async (_request, { user }) => Response.json({ decks: await listApiDecks(db, user.id) }), { scope: "read" });

/** Creates a deck from Markdown (revision 1); its slug comes from the front matter `id:` or title. */
export const POST = withApiUser(
  async (request, { user }) => {
    const input = createDeckSchema.parse(await readJsonBody(request));
    if (input.visibility === "public" && !hasRole(user.role, "instructor")) {
      throw new ApiError(403, "Only instructors and admins can publish a public deck; leave visibility out for a private one.", [{ path: "visibility", message: "needs the instructor role" }]);
    }
    await requireReadableDeck(input.markdown);
    const visibility = input.visibility ?? "private";
    const result = await db.$transaction(async (tx) => {
      const classIds = visibility === "classes" ? await checkShareableClasses(tx, user, input.classIds ?? []) : [];
      const saved = await createAuthoredDeck(tx, user.id, { markdown: input.markdown, visibility, dryRun: input.dryRun, fallbackSlug: input.slug }, new Date());
      if (!saved.dryRun && classIds.length > 0) await setDeckClasses(tx, user, saved.id, visibility, classIds);
      return saved;
    });
    return Response.json(result, { status: input.dryRun ? 200 : 201 });
  },
  { scope: "write", maxBodyBytes: MAX_DECK_REQUEST_BYTES },
);
