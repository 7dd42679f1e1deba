/** The card browser's search (GET /api/cards, the /cards page) and bulk actions (POST /api/cards/bulk). */
import { z } from "zod";
import { withoutControlCharacters } from "./control-characters";

export const CARD_STATES = ["new", "learning", "review", "relearning", "suspended", "buried", "leech"] as const;
export const CARD_SORTS = ["due", "added", "lapses", "difficulty"] as const;
export const CARD_KINDS = ["basic", "qa", "list", "cloze", "mcq", "scenario"] as const;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Dates are YYYY-MM-DD.");
const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

export const cardSearchSchema = z.object({
  q: optional(z.string().trim().max(200, "Search text is 200 characters at most.")),
  deck: optional(z.string().max(100)),
  topic: optional(z.string().trim().max(200)),
  tag: optional(z.string().trim().max(50)),
  kind: optional(z.enum(CARD_KINDS, { error: () => `kind must be one of: ${CARD_KINDS.join(", ")}.` })),
  state: optional(z.enum(CARD_STATES, { error: () => `state must be one of: ${CARD_STATES.join(", ")}.` })),
  dueFrom: optional(day),
  dueTo: optional(day),
  minLapses: optional(z.coerce.number().int().min(0, "minLapses is 0 or more.")),
  sort: z.preprocess(blankToUndefined, z.enum(CARD_SORTS, { error: () => `sort must be one of: ${CARD_SORTS.join(", ")}.` }).default("due")),
  order: z.preprocess(blankToUndefined, z.enum(["asc", "desc"]).default("asc")),
  limit: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(500, "At most 500 cards per page.").default(100)),
  offset: z.preprocess(blankToUndefined, z.coerce.number().int().min(0).default(0)),
});
export type CardSearch = z.infer<typeof cardSearchSchema>;

export const BULK_CARD_ACTIONS = ["suspend", "unsuspend", "bury", "unbury", "reset", "set-due", "add-tag", "remove-tag"] as const;
export const TAG_ACTIONS = ["add-tag", "remove-tag"] as const;

/** A learner's own tag: one word-like label (no spaces or commas, so a tag filter names exactly one). */
export const userTagSchema = withoutControlCharacters(
  z
    .string()
    .trim()
    .min(1, "A tag cannot be empty.")
    .max(50, "A tag is 50 characters at most.")
    .regex(/^[^\s,]+$/, "A tag is one word: no spaces or commas (use - or _ between words)."),
);
export const MAX_BULK_CARDS = 1_000;

export const bulkCardActionSchema = z
  .object({
    cardIds: z.array(z.string().min(1).max(100)).min(1, "Select at least one card.").max(MAX_BULK_CARDS, `At most ${MAX_BULK_CARDS} cards at once.`),
    action: z.enum(BULK_CARD_ACTIONS, { error: () => `action must be one of: ${BULK_CARD_ACTIONS.join(", ")}.` }),
    due: day.optional(),
    tag: userTagSchema.optional(),
  })
  .refine((input) => input.action !== "set-due" || input.due !== undefined, { path: ["due"], message: "set-due needs a due date (YYYY-MM-DD)." })
  .refine((input) => !(TAG_ACTIONS as readonly string[]).includes(input.action) || input.tag !== undefined, { path: ["tag"], message: "add-tag and remove-tag need a tag." });
export type BulkCardAction = z.infer<typeof bulkCardActionSchema>;

/** In-place edit of a card in a deck the user owns (PATCH /api/cards/{cardId}). */
export const cardTextEditSchema = z.object({
  front: withoutControlCharacters(z.string().trim().min(1, "The front cannot be empty.").max(500, "The front is 500 characters at most.").regex(/^[^\n\r]*$/, "The front is one line.")),
  back: withoutControlCharacters(z.string().trim().min(1, "The back cannot be empty.").max(5_000, "The back is 5,000 characters at most.")),
  baseRevision: z.number().int().min(0, "baseRevision is the deck revision the page showed (0 or more)."),
});
export type CardTextEdit = z.infer<typeof cardTextEditSchema>;
