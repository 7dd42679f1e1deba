/**
 * What the scenario editor underlines as the learner types: the API server's answer to each
 * document (YAML errors, unknown kinds and fields, schema and semantic validation), computed in the
 * browser with the engine's own admission code — the same errors the grader will give.
 */
import { admit, readManifests, SYSTEM_NAMESPACES, type ApiError } from "@/lib/cluster/admission";

export interface ManifestDiagnostic {
  readonly line: number;
  readonly column: number;
  readonly message: string;
  /** "warning" for what is accepted with a caveat (a key written twice); errors otherwise */
  readonly severity: "error" | "warning";
}


/** "Deployment/web: spec.replicas: Invalid value…" — the path only when the message does not start with it. */
function describe(error: ApiError): string {
  const message = error.path && !error.message.startsWith(error.path) && !error.message.includes(`"${error.path}"`) ? `${error.path}: ${error.message}` : error.message;
  return error.object ? `${error.object}: ${message}` : message;
}

/** Diagnostics for one answer file; namespaces created in the same text count as existing. */
export function diagnoseManifests(text: string, file = "answer.yaml", extraNamespaces: readonly string[] = []): ManifestDiagnostic[] {
  if (text.trim() === "") return [];
  const read = readManifests([{ file, text }]);
  const declared = read.documents.filter((doc) => doc.object.kind === "Namespace").map((doc) => doc.object.metadata.name ?? "");
  const namespaces = new Set([...SYSTEM_NAMESPACES, ...extraNamespaces, ...declared]);
  const errors: ApiError[] = [...read.errors];
  for (const document of read.documents) {
    const result = admit(document, { namespaceExists: (name) => namespaces.has(name), existing: () => undefined });
    if (!result.ok) errors.push(...result.errors);
  }
  const at = (error: ApiError, severity: ManifestDiagnostic["severity"]): ManifestDiagnostic => ({ line: Math.max(1, error.line), column: Math.max(1, error.column), message: describe(error), severity });
  return [...errors.map((e) => at(e, "error")), ...read.warnings.map((w) => at(w, "warning"))];
}
