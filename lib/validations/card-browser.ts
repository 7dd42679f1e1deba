/** The card browser's search (GET /api/cards, the /cards page) and bulk actions (POST /api/cards/bulk). */
import { z } from "zod";

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

export const BULK_CARD_ACTIONS = ["suspend", "unsuspend", "bury", "unbury", "reset", "set-due"] as const;
export const MAX_BULK_CARDS = 1_000;

export const bulkCardActionSchema = z
  .object({
    cardIds: z.array(z.string().min(1).max(100)).min(1, "Select at least one card.").max(MAX_BULK_CARDS, `At most ${MAX_BULK_CARDS} cards at once.`),
    action: z.enum(BULK_CARD_ACTIONS, { error: () => `action must be one of: ${BULK_CARD_ACTIONS.join(", ")}.` }),
    due: day.optional(),
  })
  .refine((input) => input.action !== "set-due" || input.due !== undefined, { path: ["due"], message: "set-due needs a due date (YYYY-MM-DD)." });
export type BulkCardAction = z.infer<typeof bulkCardActionSchema>;
