/**
 * Requests and answers of the deck authoring API (/api/v1/decks…): one set of zod schemas that
 * validates the requests and generates the OpenAPI document (lib/validations/openapi-document.ts).
 */
import { z } from "zod";
import { refuseControlCharacterLines } from "./control-characters";
import { refuseCostlyMarkdown } from "./reading-cost";

/** The size of a deck's or scenario's Markdown; its structure has its own limit (./reading-cost.ts). */
export const MAX_DECK_MARKDOWN_BYTES = 100_000;
/** A request body may carry the Markdown plus JSON escaping and the other fields. */
export const MAX_DECK_REQUEST_BYTES = 2 * MAX_DECK_MARKDOWN_BYTES + 10_000;

export const markdownSchema = z
  .string({ error: "markdown is required: send the deck's Markdown as a string." })
  .refine((text) => text.trim().length > 0, "The Markdown is empty: write a front matter title and some cards.")
  .refine((text) => new TextEncoder().encode(text).length <= MAX_DECK_MARKDOWN_BYTES, `The Markdown is too large: ${MAX_DECK_MARKDOWN_BYTES / 1000} KB at most. Split it into several decks.`)
  .superRefine(refuseControlCharacterLines)
  .superRefine(refuseCostlyMarkdown("Split it into several decks (or shorten the scenario), for example at a heading.", MAX_DECK_MARKDOWN_BYTES))
  .meta({ description: "The deck's Markdown (front matter `id`, `title`, `description`, `topics`, `tags`; the notes format of content/README.md)." });

export const visibilitySchema = z.enum(["private", "public", "classes"], { error: () => "visibility must be private, public or classes." }).meta({
  description:
    "private: only you. public: every signed-in user (instructors and admins only). classes: the members and instructors of the classes in `classIds` (instructors and admins only; classes you teach).",
});

export const MAX_SHARED_CLASSES = 50;
export const classIdsSchema = z
  .array(z.string({ error: "Each class id is a string (GET /api/v1/classes lists yours)." }).min(1, "A class id cannot be empty."), {
    error: "classIds is a list of class ids, e.g. [\"clx…\"].",
  })
  .min(1, "Pick at least one class to share with, or choose another visibility.")
  .max(MAX_SHARED_CLASSES, `Share with at most ${MAX_SHARED_CLASSES} classes.`)
  .meta({ description: "With visibility `classes`: the classes to share with (ones you teach, as owner or co-instructor). Replaces the previous choice." });

/** classIds go with visibility "classes" (or alone, to change the classes of something already shared). */
function checkClassIds(input: { visibility?: string; classIds?: string[] }, context: z.RefinementCtx): void {
  if (input.visibility === "classes" && input.classIds === undefined) {
    context.addIssue({ code: "custom", path: ["classIds"], message: 'visibility "classes" needs classIds: the ids of the classes to share with.' });
  }
  if (input.visibility !== undefined && input.visibility !== "classes" && input.classIds !== undefined) {
    context.addIssue({ code: "custom", path: ["classIds"], message: `classIds only go with visibility "classes"; leave them out for ${input.visibility}.` });
  }
}

const dryRunSchema = z.boolean().optional().meta({ description: "Count what would change and write nothing." });
const revisionNumber = z.number({ error: "Give a revision number." }).int("A revision number is a whole number.").min(0, "Revision numbers start at 0.");

export const createDeckSchema = z
  .object({
    markdown: markdownSchema,
    visibility: visibilitySchema.optional(),
    dryRun: dryRunSchema,
    slug: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, "slug must be lower-case letters, digits and dashes (at most 64).")
      .optional()
      .meta({ description: "The slug when the front matter has neither `id:` nor `title:` (kubedeck push sends the file name)." }),
    classIds: classIdsSchema.optional(),
  })
  .superRefine(checkClassIds)
  .meta({ id: "CreateDeck" });
export type CreateDeckRequest = z.infer<typeof createDeckSchema>;

export const updateDeckSchema = z
  .object({
    markdown: markdownSchema,
    baseRevision: revisionNumber.optional().meta({ description: "The revision the change was made on; a 409 when another is current." }),
    dryRun: dryRunSchema,
  })
  .meta({ id: "UpdateDeck" });
export type UpdateDeckRequest = z.infer<typeof updateDeckSchema>;

export const deckDetailsSchema = z
  .object({
    title: z.string().trim().min(1, "Give the deck a title.").max(120, "The title is too long (120 characters at most).").optional(),
    description: z.string().trim().max(500, "The description is too long (500 characters at most).").optional(),
    tags: z.array(z.string().trim().min(1, "A tag cannot be empty.").max(50, "A tag is 50 characters at most.")).max(20, "At most 20 tags.").optional(),
    visibility: visibilitySchema.optional(),
    classIds: classIdsSchema.optional(),
    baseRevision: revisionNumber.optional(),
  })
  .refine((input) => Object.values(input).some((value) => value !== undefined), "Send at least one of title, description, tags, visibility or classIds.")
  .superRefine(checkClassIds)
  .meta({ id: "DeckDetails" });
export type DeckDetailsInput = z.infer<typeof deckDetailsSchema>;

export const restoreRevisionSchema = z
  .object({ revision: revisionNumber.min(1, "Revision numbers start at 1."), baseRevision: revisionNumber.optional() })
  .meta({ id: "RestoreRevision" });

export const revisionParamSchema = z.coerce.number({ error: "The revision must be a number." }).int("The revision must be a whole number.").min(1, "Revision numbers start at 1.");

export const diffQuerySchema = z.object({ from: revisionParamSchema, to: revisionParamSchema });

const issueSchema = z.object({ line: z.number().int(), message: z.string(), severity: z.enum(["error", "warning"]) });

export const deckSaveResponseSchema = z
  .object({
    id: z.string(),
    slug: z.string(),
    title: z.string(),
    revision: z.number().int(),
    added: z.number().int(),
    changed: z.number().int(),
    retired: z.number().int(),
    kept: z.number().int(),
    restored: z.number().int(),
    unchanged: z.boolean(),
    dryRun: z.boolean(),
    issues: z.array(issueSchema),
  })
  .meta({ id: "DeckSaveResult" });

const sharedClassesSchema = z
  .array(z.object({ id: z.string(), name: z.string() }))
  .meta({ description: "The classes the deck or scenario is shared with (visibility classes) that you teach or belong to; all of them when it is yours." });

export const deckListResponseSchema = z
  .object({
    decks: z.array(
      z.object({
        id: z.string(),
        slug: z.string(),
        title: z.string(),
        origin: z.string(),
        visibility: z.string(),
        cards: z.number().int(),
        revision: z.number().int(),
        owned: z.boolean(),
        author: z.string().nullable(),
        classes: sharedClassesSchema,
      }),
    ),
  })
  .meta({ id: "DeckList" });

export const deckResponseSchema = z
  .object({
    id: z.string(),
    slug: z.string(),
    title: z.string(),
    description: z.string(),
    visibility: z.string(),
    origin: z.string(),
    revision: z.number().int(),
    owned: z.boolean(),
    classes: sharedClassesSchema,
    markdown: z.string(),
    cards: z.array(z.object({ id: z.string(), key: z.string(), kind: z.string(), front: z.string(), back: z.string(), sourceLine: z.number().int() })),
  })
  .meta({ id: "Deck" });

export const errorResponseSchema = z
  .object({ error: z.object({ message: z.string(), field: z.string().optional(), line: z.number().int().optional() }) })
  .meta({ id: "Error" });

export const scenarioVisibilitySchema = z.enum(["public", "classes"], { error: () => "A scenario's visibility is public or classes." }).meta({
  description: "public (default): every signed-in user once published. classes: you and the members and instructors of the classes in `classIds`. Left out: unchanged.",
});

export const scenarioRequestSchema = z
  .object({
    markdown: markdownSchema.meta({ description: "The scenario's Markdown (the format of content/scenarios/README.md)." }),
    publish: z.boolean().optional().meta({ description: "Publish this revision if it verifies; otherwise it is saved as a draft." }),
    visibility: scenarioVisibilitySchema.optional(),
    classIds: classIdsSchema.optional(),
    dryRun: dryRunSchema,
  })
  .superRefine(checkClassIds)
  .meta({ id: "ScenarioRequest" });
export type ScenarioRequest = z.infer<typeof scenarioRequestSchema>;

export const scenarioSaveResponseSchema = z
  .object({
    id: z.string(),
    revision: z.number().int(),
    published: z.boolean(),
    unchanged: z.boolean(),
    dryRun: z.boolean(),
    visibility: z.string(),
    classIds: z.array(z.string()),
    verification: z.object({ passed: z.boolean(), problems: z.array(z.object({ line: z.number().int().optional(), message: z.string() })) }),
  })
  .meta({ id: "ScenarioSaveResult" });
