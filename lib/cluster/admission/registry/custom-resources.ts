/**
 * Custom resources: a kind the built-in table does not know is served when a CustomResourceDefinition
 * in the cluster defines it (group, kind, and a served version), as the API server's CRD handler does.
 */
import type { KubeObject } from "../../object";
import { at, list, objects, str } from "../access";
import { splitApiVersion } from "./served-kinds";

export interface CustomResource {
  group: string;
  version: string;
  resource: string;
  namespaced: boolean;
}

export function customResourceFor(definitions: readonly KubeObject[], apiVersion: string, kind: string): CustomResource | undefined {
  const { group, version } = splitApiVersion(apiVersion);
  for (const crd of definitions) {
    if (crd.kind !== "CustomResourceDefinition") continue;
    if (str(at(crd, "spec", "group")) !== group || str(at(crd, "spec", "names", "kind")) !== kind) continue;
    const served = objects(at(crd, "spec", "versions")).some((v) => v.name === version && v.served !== false);
    if (!served) continue;
    return { group, version, resource: str(at(crd, "spec", "names", "plural")) ?? `${kind.toLowerCase()}s`, namespaced: at(crd, "spec", "scope") !== "Cluster" };
  }
  return undefined;
}

/** The served versions of a custom kind, for a hint when the version is wrong. */
export function customVersionsOf(definitions: readonly KubeObject[], group: string, kind: string): string[] {
  return definitions
    .filter((crd) => str(at(crd, "spec", "group")) === group && str(at(crd, "spec", "names", "kind")) === kind)
    .flatMap((crd) => list(at(crd, "spec", "versions")))
    .flatMap((v) => (typeof v === "object" && v !== null && "name" in v && typeof v.name === "string" ? [v.name] : []));
}
