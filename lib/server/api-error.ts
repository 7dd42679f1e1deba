/**
 * The one error type route handlers throw, and the one mapping from errors to HTTP responses:
 * zod → 422 with field paths, ApiError → its status, anything else → logged 500 with a generic message.
 */
import { ZodError } from "zod";

export interface FieldIssue {
  readonly path: string;
  readonly message: string;
  /** The line of a submitted document (Markdown) the problem is at. */
  readonly line?: number;
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

export interface ErrorReply {
  readonly status: number;
  readonly body: { readonly error: string; readonly issues?: readonly FieldIssue[] };
}

/** The status and JSON body every route answers an error with (the one mapping; see the file's comment). */
export function errorReply(error: unknown): ErrorReply {
  if (error instanceof ZodError) {
    const issues = zodIssues(error);
    const summary = issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)).join(" ");
    return { status: 422, body: { error: summary || "The request is invalid.", issues } };
  }
  if (error instanceof ApiError) return { status: error.status, body: { error: error.message, issues: error.issues } };
  console.error("Unexpected error in route handler:", error);
  return { status: 500, body: { error: "Something went wrong on our side. Please try again." } };
}

export function handleApiError(error: unknown): Response {
  const { status, body } = errorReply(error);
  return Response.json(body, { status });
}

/** 415 unless the request declares a JSON body (checked before the body is read). */
export function requireJsonContentType(contentType: string | null | undefined): void {
  if (!(contentType ?? "").includes("application/json")) {
    throw new ApiError(415, "Send the request body as JSON (Content-Type: application/json).");
  }
}

/** 413 when a body of `size` bytes is over `limit`. */
export function requireBodyWithin(size: number, limit: number): void {
  if (size > limit) throw new ApiError(413, `The request body is ${size} bytes; at most ${limit} are accepted.`);
}

/** A request body's text as JSON; 400 when it does not parse. */
export function parseJsonBody(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiError(400, "The request body is not valid JSON.");
  }
}

/** Reads a JSON body, answering 400/415 with a clear message when it is not JSON, and 413 when over `maxBytes`. */
export async function readJsonBody(request: Request, maxBytes = Infinity): Promise<unknown> {
  requireJsonContentType(request.headers.get("content-type"));
  const text = await request.text();
  requireBodyWithin(Buffer.byteLength(text), maxBytes);
  return parseJsonBody(text);
}
