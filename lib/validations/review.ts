import { z } from "zod";

export const deckIdsSchema = z.array(z.string().min(1).max(100)).max(100).default([]);

export const reviewSchema = z.object({
  clientId: z
    .string({ error: "clientId is required: generate one id per answer (e.g. crypto.randomUUID())." })
    .min(8, "clientId must be at least 8 characters (use crypto.randomUUID()).")
    .max(100, "clientId is too long (100 characters at most)."),
  cardId: z.string({ error: "cardId is required." }).min(1, "cardId is required.").max(100),
  rating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], {
    error: "rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy).",
  }),
  durationMs: z.number().int().min(0).max(3_600_000).default(0),
  decks: deckIdsSchema,
});

export const undoSchema = z.object({
  decks: deckIdsSchema,
  /** The answer the page means to undo: refused (409) when it is no longer the newest review. */
  clientId: z.string().min(8, "clientId must be at least 8 characters.").max(100, "clientId is too long (100 characters at most).").optional(),
});

/** `?deck=a&deck=b` → ["a", "b"] */
export function deckIdsFromUrl(url: string): string[] {
  return deckIdsSchema.parse(new URL(url).searchParams.getAll("deck"));
}
