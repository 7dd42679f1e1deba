import { readJsonBody } from "@/lib/server/api-error";
import { runWithinBudget } from "@/lib/server/budget/run-within-budget";
import { withUser } from "@/lib/server/with-user";
import { previewNotesSchema } from "@/lib/validations/deck";

/** Any notes within the size limit parse in well under a second; this stops what would not. */
const NOTES_BUDGET = { ms: 2_000, what: "Split the notes into smaller files, or flatten deeply nested quotes and lists." };

/** Parses pasted or uploaded notes and returns the cards found, for the learner to review before saving. */
export const POST = withUser(async (request) => {
  const input = previewNotesSchema.parse(await readJsonBody(request));
  const fileName = input.fileName.replace(/[^\w.\- ]+/g, "_") || "notes.md";
  const result = await runWithinBudget("parseNotes", { text: input.text, file: fileName }, NOTES_BUDGET);
  const message =
    result.cards.length === 0
      ? "No cards found. Write terms with definitions (`- **Pod** — the smallest deployable unit`), questions with answers (`Q: …` / `A: …`) or headings followed by a paragraph; see the examples below."
      : null;
  return Response.json({ cards: result.cards, issues: result.issues, meta: result.meta, message });
});
