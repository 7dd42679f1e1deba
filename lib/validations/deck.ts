/** Input of "import my notes": the source text and the cards the learner kept (possibly edited). */
import { z } from "zod";
import { refuseControlCharacterLines, withoutControlCharacters } from "./control-characters";
import { MAX_CARD_BYTES_PER_IMPORT, MAX_CARDS_PER_DECK, MAX_NOTES_BYTES } from "./import-limits";
import { refuseCostlyMarkdown } from "./reading-cost";

export { MAX_NOTES_BYTES };

export const notesTextSchema = z
  .string({ error: "Paste or upload your notes." })
  .refine((text) => text.trim().length > 0, "The notes are empty: paste some text or choose a file.")
  .refine((text) => new TextEncoder().encode(text).length <= MAX_NOTES_BYTES, `The notes are too large: ${MAX_NOTES_BYTES / 1000} KB at most. Split them into several decks.`)
  .refine((text) => !text.includes("\u0000"), "This looks like a binary file, not text: upload Markdown (.md) or plain text (.txt).")
  .superRefine((text, ctx) => {
    if (!text.includes("\u0000")) refuseControlCharacterLines(text, ctx);
  })
  .superRefine(refuseCostlyMarkdown("Split the notes into several decks, for example at a heading.", MAX_NOTES_BYTES));

export const previewNotesSchema = z.object({
  text: notesTextSchema,
  fileName: z.string().trim().max(200).optional().default("notes.md"),
});

const plain = withoutControlCharacters;

const cardKindSchema = z.enum(["basic", "qa", "list", "cloze", "mcq"]);

const clozeSchema = z.object({
  text: plain(z.string().max(5_000)),
  hide: z.number().int().min(1),
  deletions: z.array(z.object({ index: z.number().int().min(1), answer: plain(z.string()), hint: plain(z.string()).optional() })).max(50),
});

export const importedCardSchema = z
  .object({
    id: plain(z.string().trim().min(1, "Card id is missing.").max(200)),
    kind: cardKindSchema,
    front: plain(z.string().trim().min(1, "The front is empty: write a question or term.").max(2_000, "The front is too long (2,000 characters at most).")),
    back: plain(z.string().trim().max(10_000, "The back is too long (10,000 characters at most).")),
    topic: z.array(plain(z.string().max(300))).max(10).default([]),
    tags: z.array(plain(z.string().max(50))).max(20).default([]),
    noteId: plain(z.string().max(200)).default(""),
    source: z.object({ file: plain(z.string().max(200)), line: z.number().int().min(0) }),
    options: z.array(plain(z.string().min(1).max(500))).min(2).max(8).optional(),
    answer: z.number().int().min(0).optional(),
    explanation: plain(z.string().max(2_000)).optional(),
    items: z.array(plain(z.string().min(1).max(500))).max(30).optional(),
    clozes: clozeSchema.optional(),
  })
  .superRefine((card, ctx) => {
    if (card.kind !== "mcq" && card.kind !== "list" && card.kind !== "cloze" && card.back.length === 0) {
      ctx.addIssue({ code: "custom", path: ["back"], message: "The back is empty: write the answer or uncheck this card." });
    }
    if (card.kind === "cloze" && !(card.clozes && new RegExp(`\\{\\{c${card.clozes.hide}::`).test(card.clozes.text))) {
      ctx.addIssue({ code: "custom", path: ["clozes", "text"], message: `The cloze text lost its {{c${card.clozes?.hide ?? 1}::…}} marker: put it back around the words to hide.` });
    }
    if (card.kind === "list" && (card.items ?? []).length === 0) {
      ctx.addIssue({ code: "custom", path: ["items"], message: "A list card needs at least one item." });
    }
    if (card.kind === "mcq" && (!card.options || card.answer === undefined || card.answer >= card.options.length)) {
      ctx.addIssue({ code: "custom", path: ["answer"], message: "A multiple-choice card needs options and the index of the right one." });
    }
  });

/** Each card's id once: two cards with one id would be stored as one, losing the other without a word. */
function refuseDuplicateIds(cards: readonly { id: string }[], ctx: z.RefinementCtx): void {
  const firstIndex = new Map<string, number>();
  cards.forEach((card, index) => {
    const first = firstIndex.get(card.id);
    if (first === undefined) firstIndex.set(card.id, index);
    else ctx.addIssue({ code: "custom", path: [index, "id"], message: `Card id "${card.id}" is also the id of cards[${first}]: each card needs its own id. Preview the notes again, or drop one of the two.` });
  });
}

function refuseOversizedCards(cards: readonly unknown[], ctx: z.RefinementCtx): void {
  const bytes = new TextEncoder().encode(JSON.stringify(cards)).length;
  if (bytes > MAX_CARD_BYTES_PER_IMPORT) {
    ctx.addIssue({ code: "custom", message: `The cards are ${Math.ceil(bytes / 1000)} KB together; one import takes at most ${MAX_CARD_BYTES_PER_IMPORT / 1000} KB. Split the notes into several decks.` });
  }
}

export const importDeckSchema = z.object({
  title: plain(z.string().trim().min(1, "Give the deck a title.").max(120, "The title is too long (120 characters at most).")).refine((title) => !/[\r\n]/.test(title), "The title is one line: remove the line break."),
  description: plain(z.string().trim().max(500)).optional().default(""),
  sourceText: notesTextSchema,
  cards: z
    .array(importedCardSchema)
    .min(1, "Keep at least one card: every card is unchecked.")
    .max(MAX_CARDS_PER_DECK, `At most ${MAX_CARDS_PER_DECK} cards per deck: split the notes into several decks.`)
    .superRefine((cards, ctx) => {
      refuseDuplicateIds(cards, ctx);
      refuseOversizedCards(cards, ctx);
    }),
});
export type ImportDeckInput = z.infer<typeof importDeckSchema>;
