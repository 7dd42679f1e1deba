import { z } from "zod";
import { MAX_COMMANDS } from "@/lib/scenarios/commands/replay-commands";

export const MAX_ANSWER_BYTES = 200_000;
/** A session of an exam task is tens of commands; grading replays at most MAX_COMMANDS (300). */
export { MAX_COMMANDS };
/** One input at the prompt, heredoc body included (a manifest typed with `cat <<EOF`). */
export const MAX_COMMAND_LINE_CHARS = 20_000;
/** What the learner saved in the editor for one `kubectl edit` or `vi FILE`. */
export const MAX_EDITED_CHARS = 100_000;
/** All the commands of one attempt together, lines and edited texts. */
export const MAX_COMMANDS_CHARS = 1_000_000;
/** Six hours: longer than any exam task; a page left open for days is not a time taken. */
export const MAX_ELAPSED_MS = 6 * 3_600_000;

export const commandEntrySchema = z.object({
  line: z
    .string({ error: "Each command needs its line: the input as typed at the prompt." })
    .max(MAX_COMMAND_LINE_CHARS, `A command line may be ${MAX_COMMAND_LINE_CHARS / 1000}k characters at most (heredoc included). Apply a long manifest from a file instead.`),
  edited: z
    .string()
    .max(MAX_EDITED_CHARS, `The text saved in the editor may be ${MAX_EDITED_CHARS / 1000}k characters at most.`)
    .nullable()
    .optional(),
});

export const commandsSchema = z
  .array(commandEntrySchema)
  .max(MAX_COMMANDS, `At most ${MAX_COMMANDS} commands per attempt: reset the cluster and solve the task again in fewer.`)
  .refine(
    (entries) => entries.reduce((sum, entry) => sum + entry.line.length + (entry.edited?.length ?? 0), 0) <= MAX_COMMANDS_CHARS,
    `The commands of one attempt may be ${MAX_COMMANDS_CHARS / 1_000_000} M characters at most in all.`,
  );

export const attemptSchema = z.object({
  clientId: z.string({ error: "clientId is required: generate one id per submission." }).min(8).max(100),
  files: z
    .array(
      z.object({
        file: z.string().trim().min(1, "Each answer file needs a name.").max(200).regex(/^[\w.\- ]+$/, "File names may use letters, digits, dots, dashes and underscores."),
        text: z.string().max(MAX_ANSWER_BYTES, `An answer file may be ${MAX_ANSWER_BYTES / 1000} KB at most.`),
      }),
    )
    .max(20, "At most 20 answer files.")
    .default([]),
  /** The shell session that solved it (command tasks, or a manifest scenario solved at the terminal), replayed at grading. */
  commands: commandsSchema.optional(),
  /** Time from the start of the attempt to the submit, as the page's timer counted it. */
  elapsedMs: z.number().int("elapsedMs must be a whole number of milliseconds.").min(0, "elapsedMs cannot be negative.").max(MAX_ELAPSED_MS, "elapsedMs may be six hours at most.").optional(),
  hintsUsed: z.number().int().min(0).max(50).default(0),
});
export type AttemptInput = z.infer<typeof attemptSchema>;

/** POST /api/scenarios/[id]/hints: how many hints the page now shows (never lowers the stored count). */
export const hintsShownSchema = z.object({
  shown: z.number({ error: "shown is required: the number of hints now revealed (1 or more)." }).int("shown must be a whole number.").min(1, "shown must be at least 1."),
});
