/**
 * Store-less validation of a whole apply, for the editor's inline diagnostics and linters: reads the
 * sources, admits each object in order, and counts Namespaces (and objects) admitted earlier in the
 * same input, as `kubectl apply` of the files in order would.
 */
import type { KubeObject } from "../object";
import { admit } from "./admit";
import { readManifests } from "./read/read-manifests";
import type { AdmissionContext, ApiError, ManifestSource, ReadLimits } from "./types";

export const SYSTEM_NAMESPACES: readonly string[] = ["default", "kube-system", "kube-public", "kube-node-lease"];

export interface CheckOptions {
  /** namespaces that exist before the apply; the four system namespaces when absent */
  namespaces?: readonly string[];
  /** objects already in the cluster (for update rules) */
  existing?: readonly KubeObject[];
  limits?: Partial<ReadLimits>;
}

function sameObject(a: KubeObject, apiVersion: string, kind: string, namespace: string | undefined, name: string): boolean {
  return a.apiVersion === apiVersion && a.kind === kind && a.metadata.name === name && a.metadata.namespace === namespace;
}

export function checkManifests(sources: readonly ManifestSource[], options: CheckOptions = {}): { objects: KubeObject[]; errors: ApiError[] } {
  const { documents, errors } = readManifests(sources, options.limits);
  const namespaces = new Set(options.namespaces ?? SYSTEM_NAMESPACES);
  const known: KubeObject[] = [...(options.existing ?? [])];
  const objects: KubeObject[] = [];
  const ctx: AdmissionContext = {
    namespaceExists: (name) => namespaces.has(name),
    existing: (apiVersion, kind, namespace, name) => {
      for (let i = known.length - 1; i >= 0; i--) {
        const candidate = known[i];
        if (candidate && sameObject(candidate, apiVersion, kind, namespace, name)) return candidate;
      }
      return undefined;
    },
    customResourceDefinitions: () => known.filter((o) => o.kind === "CustomResourceDefinition"),
  };
  for (const doc of documents) {
    const result = admit(doc, ctx);
    if (!result.ok) {
      errors.push(...result.errors);
      continue;
    }
    objects.push(result.object);
    known.push(result.object);
    if (result.object.kind === "Namespace" && result.object.metadata.name) namespaces.add(result.object.metadata.name);
  }
  return { objects, errors };
}
