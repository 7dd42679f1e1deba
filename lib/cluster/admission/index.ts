/**
 * Admission: the part of the reconcile engine that behaves like the Kubernetes API server when
 * manifests arrive. readManifests() reads files as kubectl does; admit() resolves, validates,
 * defaults and checks updates of one object. Pure TypeScript: runs on the server and in the browser.
 */
import { resolveKind } from "./registry/resolve-kind";
import { apiVersionOf, servedKind } from "./registry/served-kinds";

export { readManifests } from "./read/read-manifests";
export type { ReadResult } from "./read/read-manifests";
export { admit } from "./admit";
export { checkManifests, SYSTEM_NAMESPACES, type CheckOptions } from "./check-manifests";
export { ALL_RULES } from "./rules/all-rules";
export type { Rule, RuleMeta, RuleFinding } from "./rules/rule";
export { defaultPullPolicy } from "./defaults/pod-spec";
export type { AdmissionContext, AdmitResult, ApiError, ManifestSource, ParsedDocument, ReadLimits, SourcePosition } from "./types";
export { DEFAULT_READ_LIMITS } from "./types";
export { customResourceFor } from "./registry/custom-resources";

export function isNamespaced(apiVersion: string, kind: string): boolean {
  return servedKind(apiVersion, kind)?.namespaced ?? false;
}

export function resourceFor(apiVersion: string, kind: string): { group: string; version: string; resource: string; namespaced: boolean } | undefined {
  const served = servedKind(apiVersion, kind);
  if (!served) return undefined;
  return { group: served.group, version: served.version, resource: served.resource, namespaced: served.namespaced };
}

/** Why a kind/version is not served, in kubectl's words with a hint; undefined when it is served. */
export function explainUnservedKind(apiVersion: string, kind: string): string | undefined {
  const resolution = resolveKind(apiVersion, kind);
  return resolution.ok ? undefined : resolution.message;
}

export { apiVersionOf };
