/** Input of "import my notes": the source text and the cards the learner kept (possibly edited). */
import { z } from "zod";

export const MAX_NOTES_BYTES = 200_000;
export const MAX_IMPORTED_CARDS = 1_000;

export const notesTextSchema = z
  .string({ error: "Paste or upload your notes." })
  .refine((text) => text.trim().length > 0, "The notes are empty: paste some text or choose a file.")
  .refine((text) => new TextEncoder().encode(text).length <= MAX_NOTES_BYTES, `The notes are too large: ${MAX_NOTES_BYTES / 1000} KB at most. Split them into several decks.`)
  .refine((text) => !text.includes("\u0000"), "This looks like a binary file, not text: upload Markdown (.md) or plain text (.txt).");

export const previewNotesSchema = z.object({
  text: notesTextSchema,
  fileName: z.string().trim().max(200).optional().default("notes.md"),
});

const cardKindSchema = z.enum(["basic", "qa", "list", "cloze", "mcq"]);

const clozeSchema = z.object({
  text: z.string().max(5_000),
  hide: z.number().int().min(1),
  deletions: z.array(z.object({ index: z.number().int().min(1), answer: z.string(), hint: z.string().optional() })).max(50),
});

export const importedCardSchema = z
  .object({
    id: z.string().trim().min(1, "Card id is missing.").max(200),
    kind: cardKindSchema,
    front: z.string().trim().min(1, "The front is empty: write a question or term.").max(2_000, "The front is too long (2,000 characters at most)."),
    back: z.string().trim().max(10_000, "The back is too long (10,000 characters at most)."),
    topic: z.array(z.string().max(300)).max(10).default([]),
    tags: z.array(z.string().max(50)).max(20).default([]),
    noteId: z.string().max(200).default(""),
    source: z.object({ file: z.string().max(200), line: z.number().int().min(0) }),
    options: z.array(z.string().min(1).max(500)).min(2).max(8).optional(),
    answer: z.number().int().min(0).optional(),
    explanation: z.string().max(2_000).optional(),
    items: z.array(z.string().min(1).max(500)).max(30).optional(),
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

export const importDeckSchema = z.object({
  title: z.string().trim().min(1, "Give the deck a title.").max(120, "The title is too long (120 characters at most)."),
  description: z.string().trim().max(500).optional().default(""),
  sourceText: notesTextSchema,
  cards: z.array(importedCardSchema).min(1, "Keep at least one card: every card is unchecked.").max(MAX_IMPORTED_CARDS, `At most ${MAX_IMPORTED_CARDS} cards per deck.`),
});
export type ImportDeckInput = z.infer<typeof importDeckSchema>;
