/**
 * The API server's errors grouped by the document they reject, for the grade report: "rejected 1
 * document" when one Deployment has three errors, and each error named once by its field path.
 */
import type { ApiError } from "../cluster/admission";

export interface RejectedDocument {
  file: string;
  /** Line of the document's first error. */
  line: number;
  /** "Deployment/web", or "" when the document has no kind or name. */
  object: string;
  errors: { line: number; text: string }[];
}

/** "spec.replicas: Invalid value…": the path once, whether or not the message already starts with it. */
export function apiErrorText(error: Pick<ApiError, "path" | "message">): string {
  if (!error.path || error.message.startsWith(`${error.path}:`) || error.message.startsWith(`${error.path} `)) return error.message;
  return `${error.path}: ${error.message}`;
}

export function rejectedDocuments(errors: readonly ApiError[]): RejectedDocument[] {
  const documents = new Map<string, RejectedDocument>();
  for (const error of errors) {
    // Errors without an object name (unparseable documents) each stand for their own document.
    const key = error.object ? `${error.file}\u0000${error.object}` : `${error.file}\u0000line ${error.line}`;
    let document = documents.get(key);
    if (!document) {
      document = { file: error.file, line: error.line, object: error.object, errors: [] };
      documents.set(key, document);
    }
    document.errors.push({ line: error.line, text: apiErrorText(error) });
  }
  return [...documents.values()];
}
