/**
 * The one error type route handlers throw, and the one mapping from errors to HTTP responses:
 * zod → 422 with field paths, ApiError → its status, anything else → logged 500 with a generic message.
 */
import { ZodError } from "zod";

export interface FieldIssue {
  readonly path: string;
  readonly message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429,
    message: string,
    readonly issues: readonly FieldIssue[] = [],
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export function formatZodPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) => (typeof part === "number" ? `[${part}]` : `${index === 0 ? "" : "."}${String(part)}`))
    .join("");
}

export function zodIssues(error: ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ path: formatZodPath(issue.path), message: issue.message }));
}

export function handleApiError(error: unknown): Response {
  if (error instanceof ZodError) {
    const issues = zodIssues(error);
    const summary = issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)).join(" ");
    return Response.json({ error: summary || "The request is invalid.", issues }, { status: 422 });
  }
  if (error instanceof ApiError) {
    return Response.json({ error: error.message, issues: error.issues }, { status: error.status });
  }
  console.error("Unexpected error in route handler:", error);
  return Response.json({ error: "Something went wrong on our side. Please try again." }, { status: 500 });
}

/** Reads a JSON body, answering 400/415 with a clear message when it is not JSON. */
export async function readJsonBody(request: Request): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.includes("application/json")) {
    throw new ApiError(415, "Send the request body as JSON (Content-Type: application/json).");
  }
  try {
    return await request.json();
  } catch {
    throw new ApiError(400, "The request body is not valid JSON.");
  }
}
