/**
 * Fields the cluster owns. A manifest copied from `kubectl get -o yaml` carries them; on create the
 * API server refuses a resourceVersion, and it always ignores the rest (uid, timestamps, generation,
 * managedFields) and resets status, except a Node's, which the kubelet reports.
 */
import type { KubeObject } from "../../object";
import type { RuleFinding } from "../rules/rule";

const IGNORED_METADATA = ["uid", "creationTimestamp", "generation", "managedFields", "selfLink", "deletionTimestamp", "deletionGracePeriodSeconds"] as const;

export function resourceVersionOnCreate(object: KubeObject): RuleFinding[] {
  const version = object.metadata.resourceVersion;
  if (version === undefined || version === "") return [];
  return [
    {
      path: "metadata.resourceVersion",
      message: "resourceVersion should not be set on objects to be created. Remove metadata.resourceVersion (and uid, creationTimestamp and status): the cluster sets them; this looks like output of kubectl get -o yaml.",
    },
  ];
}

/** Removes what the cluster sets itself; mutates the (cloned) object. */
export function dropSystemFields(object: KubeObject): void {
  for (const field of IGNORED_METADATA) Reflect.deleteProperty(object.metadata, field);
  delete object.metadata.resourceVersion;
  if (object.kind !== "Node") delete object.status;
}
