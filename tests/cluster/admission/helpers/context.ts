/** Admission contexts for tests: a set of existing namespaces and an optional store of existing objects. */
import { SYSTEM_NAMESPACES, type AdmissionContext } from "@/lib/cluster/admission";
import type { KubeObject } from "@/lib/cluster/object";

export { SYSTEM_NAMESPACES };

export function testContext(namespaces: readonly string[] = SYSTEM_NAMESPACES, stored: readonly KubeObject[] = []): AdmissionContext {
  return {
    namespaceExists: (name) => namespaces.includes(name),
    existing: (apiVersion, kind, namespace, name) =>
      stored.find((o) => o.apiVersion === apiVersion && o.kind === kind && o.metadata.name === name && (o.metadata.namespace ?? undefined) === namespace),
  };
}

export const ANY_NAMESPACE: AdmissionContext = { namespaceExists: () => true, existing: () => undefined };
