/** The learner's study settings: one schema shared by the settings form and PUT /api/settings. */
import { z } from "zod";
import { isValidTimeZone } from "@/lib/srs/study-day";

export const RETENTION_MIN = 0.7;
export const RETENTION_MAX = 0.97;
export const LEECH_ACTIONS = ["suspend", "tag"] as const;
export type LeechActionName = (typeof LEECH_ACTIONS)[number];

function wholeNumber(label: string, min: number, max: number, hint: string) {
  return z
    .number({ error: `${label} must be a number.` })
    .int(`${label} must be a whole number.`)
    .min(min, `${label} cannot be ${min === 0 ? "negative" : `below ${min}`}: ${hint}`)
    .max(max, `${label} can be at most ${max}.`);
}

export const settingsSchema = z.object({
  desiredRetention: z
    .number({ error: "Desired retention must be a number between 0.70 and 0.97." })
    .min(RETENTION_MIN, "Desired retention must be at least 0.70 (70 %): below that you would forget too much between reviews.")
    .max(RETENTION_MAX, "Desired retention can be at most 0.97 (97 %): above that the number of reviews grows very fast."),
  newCardsPerDay: wholeNumber("New cards per day", 0, 1000, "use 0 to pause new cards."),
  maxReviewsPerDay: wholeNumber("Maximum reviews per day", 0, 10_000, "use 0 to pause reviews."),
  timeZone: z
    .string({ error: "Time zone is required, e.g. Europe/Berlin." })
    .trim()
    .min(1, "Time zone is required, e.g. Europe/Berlin.")
    .max(64, "Time zone is too long: use an IANA name such as Europe/Berlin.")
    .refine(isValidTimeZone, { error: (issue) => `Unknown time zone "${String(issue.input)}": use an IANA name such as Europe/Berlin or America/New_York.` }),
  leechThreshold: wholeNumber("Leech threshold", 1, 99, "a card becomes a leech after this many lapses (at least 1)."),
  leechAction: z.enum(LEECH_ACTIONS, { error: () => 'Leech action must be "suspend" (tag and suspend the card) or "tag" (tag only).' }),
});

export type SettingsInput = z.infer<typeof settingsSchema>;

/** What GET/PUT /api/settings answer: the editable settings plus the state of fitted parameters. */
export interface SettingsView extends SettingsInput {
  readonly parametersFitAt: string | null;
  readonly personalParameters: boolean;
}

/** The answer of POST /api/settings/optimise. */
export interface OptimiseResult {
  readonly kept: boolean;
  readonly enoughReviews: boolean;
  readonly reason: string;
  readonly scoredReviews: number;
  readonly minimumReviews: number;
  readonly before: { readonly logLoss: number; readonly rmseBins: number } | null;
  readonly after: { readonly logLoss: number; readonly rmseBins: number } | null;
  readonly settings: SettingsView;
}
