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
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429,
    message: string,
    readonly issues: readonly FieldIssue[] = [],
    readonly headers: Readonly<Record<string, string>> = {},
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

/** The line a refinement of a document names (`params: { line }`), as in ../validations/reading-cost.ts. */
function documentLine(issue: ZodError["issues"][number]): number | undefined {
  const line: unknown = issue.code === "custom" ? issue.params?.line : undefined;
  return typeof line === "number" ? line : undefined;
}

export function zodIssues(error: ZodError): FieldIssue[] {
  return error.issues.map((issue) => {
    const line = documentLine(issue);
    return { path: formatZodPath(issue.path), message: issue.message, ...(line === undefined ? {} : { line }) };
  });
}

export interface ErrorReply {
  readonly status: number;
  readonly body: { readonly error: string; readonly issues?: readonly FieldIssue[] };
  readonly headers?: Readonly<Record<string, string>>;
}

/** The status and JSON body every route answers an error with (the one mapping; see the file's comment). */
export function errorReply(error: unknown): ErrorReply {
  if (error instanceof ZodError) {
    const issues = zodIssues(error);
    const summary = issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)).join(" ");
    return { status: 422, body: { error: summary || "The request is invalid.", issues } };
  }
  if (error instanceof ApiError) return { status: error.status, body: { error: error.message, issues: error.issues }, headers: error.headers };
  console.error("Unexpected error in route handler:", error);
  return { status: 500, body: { error: "Something went wrong on our side. Please try again." } };
}

export function handleApiError(error: unknown): Response {
  const { status, body, headers } = errorReply(error);
  return Response.json(body, { status, headers });
}

/** Every route's body limit unless it states another (see lib/server/http/request-guard.ts). */
export const DEFAULT_BODY_LIMIT_BYTES = 1_000_000;

/** The media type of a Content-Type header ("Application/JSON; charset=utf-8" → "application/json"); null when malformed. */
export function mediaTypeOf(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const type = contentType.split(";", 1)[0]?.trim().toLowerCase() ?? "";
  return /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/.test(type) ? type : null;
}

/**
 * 403 unless the Content-Type's media type is exactly application/json (`text/plain; application/json`
 * is not): a body a plain HTML form or `fetch` without CORS can send (text/plain, a form) is how
 * another site forges a request, so it is refused as the issue's CSRF contract says, with a 403.
 */
export function requireJsonContentType(contentType: string | null | undefined): void {
  if (mediaTypeOf(contentType) !== "application/json") {
    const declared = contentType ? `declared as "${contentType.slice(0, 80)}"` : "not declared";
    throw new ApiError(403, `The request body is ${declared}, so it was refused: send it as JSON with Content-Type: application/json.`);
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

/** The body limit the wrapper (`withUser`, `guardedRoute`) set for a request it admitted. */
const bodyLimits = new WeakMap<Request, number>();

export function setBodyLimit(request: Request, limit: number): void {
  bodyLimits.set(request, limit);
}

/** How much of an over-limit body is read and dropped so the kept-alive connection stays usable; past it, reading stops. */
const MAX_DISCARDED_BYTES = 16_000_000;

/** The body's text, counted while streaming: 413 as soon as it passes `limit` bytes (the rest is never buffered). */
export async function readBodyTextWithin(request: Request, limit: number): Promise<string> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      while (size <= limit + MAX_DISCARDED_BYTES) {
        const rest = await reader.read();
        if (rest.done) break;
        size += rest.value.byteLength;
      }
      if (size > limit + MAX_DISCARDED_BYTES) await reader.cancel().catch(() => undefined);
      throw new ApiError(413, `The request body is more than ${limit} bytes; at most ${limit} are accepted.`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * Reads a JSON body, answering 403 when it is not declared JSON, 413 when over `maxBytes` (default:
 * the limit the wrapper set, else 1 MB) and 400 when it does not parse.
 */
export async function readJsonBody(request: Request, maxBytes?: number): Promise<unknown> {
  requireJsonContentType(request.headers.get("content-type"));
  const limit = maxBytes ?? bodyLimits.get(request) ?? DEFAULT_BODY_LIMIT_BYTES;
  return parseJsonBody(await readBodyTextWithin(request, limit));
}
