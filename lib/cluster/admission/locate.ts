/** Turns a finding (path + message) into an ApiError placed at the nearest line the source has. */
import { formatPath, parsePath } from "./path";
import type { ApiError, ParsedDocument } from "./types";

export function objectLabel(kind: string, name: string | undefined): string {
  return kind !== "" && name ? `${kind}/${name}` : "";
}

export function locate(doc: ParsedDocument, path: string): { line: number; column: number } {
  const segments = parsePath(path);
  for (let n = segments.length; n > 0; n--) {
    const position = doc.positionOf(formatPath(segments.slice(0, n)));
    if (position) return position;
  }
  return { line: doc.line, column: doc.column };
}

export function toApiError(doc: ParsedDocument, object: string, finding: { path: string; message: string; at?: string }): ApiError {
  return { file: doc.file, ...locate(doc, finding.at ?? finding.path), object, path: finding.path, message: finding.message };
}
