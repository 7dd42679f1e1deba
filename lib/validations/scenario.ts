import { z } from "zod";
import { MAX_COMMANDS } from "@/lib/scenarios/commands/replay-commands";

/**
 * A task needs a handful of small manifests (a Deployment is about 1 KB). The limits keep the worst
 * answer they let through readable in well under a second of CPU (`npm run bench:parsers`): 20 files
 * of 200 KB and 1 M characters of commands took up to 14 s to read before grading began (issue 12).
 */
export const MAX_ANSWER_BYTES = 50_000;
export const MAX_ANSWER_FILES = 10;
/** All the answer files of one attempt together. */
export const MAX_ANSWER_TOTAL_BYTES = 100_000;
/** A session of an exam task is tens of commands; grading replays at most MAX_COMMANDS (300). */
export { MAX_COMMANDS };
/** One input at the prompt, heredoc body included (a manifest typed with `cat <<EOF`). */
export const MAX_COMMAND_LINE_CHARS = 20_000;
/** What the learner saved in the editor for one `kubectl edit` or `vi FILE`. */
export const MAX_EDITED_CHARS = 50_000;
/** All the commands of one attempt together, lines and edited texts. */
export const MAX_COMMANDS_CHARS = 100_000;
/** Six hours: longer than any exam task; a page left open for days is not a time taken. */
export const MAX_ELAPSED_MS = 6 * 3_600_000;

export const commandEntrySchema = z.object({
  line: z
    .string({ error: "Each command needs its line: the input as typed at the prompt." })
    .max(MAX_COMMAND_LINE_CHARS, `A command line may be ${MAX_COMMAND_LINE_CHARS / 1000}k characters at most (heredoc included). Apply a long manifest from a file instead.`),
  edited: z
    .string()
    .max(MAX_EDITED_CHARS, `The text saved in the editor may be ${MAX_EDITED_CHARS / 1000}k characters at most: save only the object you edited.`)
    .nullable()
    .optional(),
});

export const commandsSchema = z
  .array(commandEntrySchema)
  .max(MAX_COMMANDS, `At most ${MAX_COMMANDS} commands per attempt: reset the cluster and solve the task again in fewer.`)
  .refine(
    (entries) => entries.reduce((sum, entry) => sum + entry.line.length + (entry.edited?.length ?? 0), 0) <= MAX_COMMANDS_CHARS,
    `The commands of one attempt may be ${MAX_COMMANDS_CHARS / 1000}k characters at most in all, lines and edited texts together: reset the cluster and solve the task again with fewer or shorter commands (apply long manifests from answer files).`,
  );

export const attemptSchema = z.object({
  clientId: z.string({ error: "clientId is required: generate one id per submission." }).min(8).max(100),
  files: z
    .array(
      z.object({
        file: z.string().trim().min(1, "Each answer file needs a name.").max(200).regex(/^[\w.\- ]+$/, "File names may use letters, digits, dots, dashes and underscores."),
        text: z.string().max(MAX_ANSWER_BYTES, `An answer file may be ${MAX_ANSWER_BYTES / 1000} KB at most: keep the objects the task asks for and remove the rest.`),
      }),
    )
    .max(MAX_ANSWER_FILES, `At most ${MAX_ANSWER_FILES} answer files: put related objects in one file, separated by ---.`)
    .refine(
      (files) => files.reduce((sum, file) => sum + file.text.length, 0) <= MAX_ANSWER_TOTAL_BYTES,
      `The answer files may be ${MAX_ANSWER_TOTAL_BYTES / 1000} KB at most in all: a task needs a handful of small manifests; remove what it does not ask for.`,
    )
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
