import { parseNotes } from "@/lib/notes";
import { readJsonBody } from "@/lib/server/api-error";
import { withUser } from "@/lib/server/with-user";
import { previewNotesSchema } from "@/lib/validations/deck";

/** Parses pasted or uploaded notes and returns the cards found, for the learner to review before saving. */
export const POST = withUser(async (request) => {
  const input = previewNotesSchema.parse(await readJsonBody(request));
  const fileName = input.fileName.replace(/[^\w.\- ]+/g, "_") || "notes.md";
  const result = parseNotes(input.text, { file: fileName, generateMcq: false });
  const message =
    result.cards.length === 0
      ? "No cards found. Write terms with definitions (`- **Pod** — the smallest deployable unit`), questions with answers (`Q: …` / `A: …`) or headings followed by a paragraph; see the examples below."
      : null;
  return Response.json({ cards: result.cards, issues: result.issues, meta: result.meta, message });
});
