import { z } from "zod";

export const MAX_ANSWER_BYTES = 200_000;

export const attemptSchema = z.object({
  clientId: z.string({ error: "clientId is required: generate one id per submission." }).min(8).max(100),
  files: z
    .array(
      z.object({
        file: z.string().trim().min(1, "Each answer file needs a name.").max(200).regex(/^[\w.\- ]+$/, "File names may use letters, digits, dots, dashes and underscores."),
        text: z.string().max(MAX_ANSWER_BYTES, `An answer file may be ${MAX_ANSWER_BYTES / 1000} KB at most.`),
      }),
    )
    .min(1, "Submit at least one file of manifests.")
    .max(20, "At most 20 answer files."),
  hintsUsed: z.number().int().min(0).max(50).default(0),
});
export type AttemptInput = z.infer<typeof attemptSchema>;

/** POST /api/scenarios/[id]/hints: how many hints the page now shows (never lowers the stored count). */
export const hintsShownSchema = z.object({
  shown: z.number({ error: "shown is required: the number of hints now revealed (1 or more)." }).int("shown must be a whole number.").min(1, "shown must be at least 1."),
});
