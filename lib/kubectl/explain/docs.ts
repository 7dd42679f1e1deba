/**
 * The field documentation `kubectl explain` prints: explain-docs.json (written by
 * scripts/generate-explain-docs.ts from kubernetes-models' schema docs), loaded on first use so the
 * browser fetches it only when the terminal opens, not with the page.
 */

/** A field: [name, type, required (1) or not (0), description, enum values?]. */
export type FieldDoc = readonly [string, string, 0 | 1, string] | readonly [string, string, 0 | 1, string, readonly string[]];

export interface TypeDoc {
  /** The name kubectl shows for the type (`Container`). */
  readonly n: string;
  readonly d: string;
  readonly f: readonly FieldDoc[];
}

export interface ExplainDocs {
  readonly source: string;
  /** By Kind: API group ("" for core), version and the key of its type. */
  readonly kinds: Readonly<Record<string, { readonly g: string; readonly v: string; readonly t: string }>>;
  readonly types: Readonly<Record<string, TypeDoc>>;
}

let docs: ExplainDocs | undefined;
let loading: Promise<ExplainDocs> | undefined;

/** Starts loading the documentation (once) and resolves when it is there. */
export function loadExplainDocs(): Promise<ExplainDocs> {
  loading ??= import("./explain-docs.json").then((m) => {
    docs = (m as unknown as { default: ExplainDocs }).default;
    return docs;
  });
  return loading;
}

/** The documentation if loaded; otherwise undefined (and loading starts). */
export function explainDocs(): ExplainDocs | undefined {
  if (!docs) void loadExplainDocs();
  return docs;
}
