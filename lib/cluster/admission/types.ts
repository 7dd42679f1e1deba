/**
 * The public shapes of admission: what goes in (manifest text), what comes out (parsed documents,
 * API-server-style errors), and what admission asks of the cluster it admits into.
 */
import type { KubeObject } from "../object";

export interface ManifestSource {
  file: string;
  text: string;
}

export interface ApiError {
  file: string;
  line: number;
  column: number;
  /** "Deployment/web" (kind/name); "" when unknown */
  object: string;
  /** API-server notation, e.g. "spec.template.spec.containers[0].image"; "" for document-level */
  path: string;
  /** what is wrong and how to fix it, in the API server's wording where it has one */
  message: string;
}

export interface SourcePosition {
  line: number;
  column: number;
}

export interface ParsedDocument {
  /** where the object starts */
  file: string;
  line: number;
  column: number;
  object: KubeObject;
  /** line/column of a field path like "spec.template.spec.containers[0].image", when present in the source */
  positionOf(path: string): SourcePosition | undefined;
}

export interface ReadLimits {
  /** largest accepted source, in UTF-8 bytes */
  maxBytesPerSource: number;
  /** most documents accepted in one call, over all sources, after List flattening */
  maxDocuments: number;
  /** most alias expansions per document (alias-bomb guard) */
  maxAliasCount: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxBytesPerSource: 1024 * 1024,
  maxDocuments: 1000,
  maxAliasCount: 100,
};

export interface AdmissionContext {
  namespaceExists(name: string): boolean;
  /** the stored object with the same kind/namespace/name, for update rules (immutable fields) */
  existing(apiVersion: string, kind: string, namespace: string | undefined, name: string): KubeObject | undefined;
  /** CustomResourceDefinitions stored in the cluster, so their custom resources are served; none when absent */
  customResourceDefinitions?(): readonly KubeObject[];
  /** IP families the cluster's Services may use; ["IPv4"] (single-stack IPv4) when absent */
  serviceIPFamilies?: readonly ("IPv4" | "IPv6")[];
}

export type AdmitResult = { ok: true; object: KubeObject } | { ok: false; errors: ApiError[] };
