/** Inputs of the classes API (/api/v1/classes…), shared by the routes and the instructor's forms. */
import { z } from "zod";
import { withoutControlCharacters } from "./control-characters";
import { emailSchema } from "./user";

export const classNameSchema = withoutControlCharacters(
  z
    .string({ error: "Give the class a name." })
    .trim()
    .min(1, "Give the class a name, e.g. \"CKA prep, spring cohort\".")
    .max(100, "The class name is too long (100 characters at most)."),
);

export const createClassSchema = z.object({ name: classNameSchema });

export const joinClassSchema = z.object({
  joinCode: z.string({ error: "Enter the join code your instructor gave you." }).trim().min(1, "Enter the join code your instructor gave you.").max(200, "That is not a join code: codes are 8 letters and digits."),
});

const idSchema = (what: string) => z.string({ error: `${what} must be a string.` }).trim().min(1, `${what} is empty.`).max(200, `${what} is too long.`);

export const createAssignmentSchema = z
  .object({
    deckId: idSchema("deckId").optional(),
    scenarioId: idSchema("scenarioId").optional(),
    dueAt: z.iso
      .datetime({ offset: true, error: "dueAt must be an ISO date and time, e.g. 2026-12-24T17:00:00Z." })
      .nullish()
      .transform((value) => (value ? new Date(value) : null)),
    introduceAll: z.boolean({ error: "introduceAll must be true or false." }).optional().default(false),
  })
  .superRefine((input, context) => {
    if ((input.deckId === undefined) === (input.scenarioId === undefined)) {
      context.addIssue({ code: "custom", path: ["deckId"], message: "Assign exactly one thing: give either deckId or scenarioId." });
    }
    if (input.introduceAll && input.deckId === undefined) {
      context.addIssue({ code: "custom", path: ["introduceAll"], message: "introduceAll applies to decks only: drop it for a scenario." });
    }
    if (input.introduceAll && input.dueAt === null) {
      context.addIssue({ code: "custom", path: ["dueAt"], message: "Introducing every card by the due date needs a due date: add dueAt." });
    }
  });
export type CreateAssignmentInput = z.infer<typeof createAssignmentSchema>;

export const addInstructorSchema = z.object({ email: emailSchema });

/** Small JSON bodies only: the largest is an assignment. */
export const CLASS_BODY_LIMIT = 4_096;
