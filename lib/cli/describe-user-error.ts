import { ZodError } from "zod";
import { ApiError, zodIssues } from "@/lib/server/api-error";

/** Turns an error from a database-backed command into one line a person can act on. */
export function describeUserError(error: unknown): string {
  if (error instanceof ZodError) {
    return zodIssues(error).map((issue) => `--${issue.path}: ${issue.message}`).join("; ");
  }
  if (error instanceof ApiError) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  if (/no such table/i.test(message)) {
    return "the database has no tables yet. Run `npm run setup` (or the README's start command) first.";
  }
  return message;
}
