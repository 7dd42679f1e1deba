/** Finds the pod specs inside any workload kind, with their API-server paths. */
import type { KubeObject } from "../../object";
import { at, isObject, type JsonObject } from "../access";

export interface PodTemplateRef {
  /** path of the pod spec, e.g. "spec.template.spec" ("spec" for a Pod) */
  specPath: string;
  spec: JsonObject;
  /** path of the template's metadata ("metadata" for a Pod) */
  metadataPath: string;
  metadata: JsonObject | undefined;
}

export const WORKLOAD_KINDS = ["Deployment", "ReplicaSet", "StatefulSet", "DaemonSet", "ReplicationController", "Job", "PodTemplate"] as const;
export const POD_KINDS: readonly string[] = ["Pod", "CronJob", ...WORKLOAD_KINDS];

function make(base: string, template: unknown): PodTemplateRef | undefined {
  if (!isObject(template)) return undefined;
  // A missing spec is checked as an empty one, so "containers: Required value" is reported.
  const spec = isObject(template.spec) ? template.spec : {};
  const metadata = isObject(template.metadata) ? template.metadata : undefined;
  const prefix = base === "" ? "" : `${base}.`;
  return { specPath: `${prefix}spec`, spec, metadataPath: `${prefix}metadata`, metadata };
}

export function podTemplateOf(object: KubeObject): PodTemplateRef | undefined {
  switch (object.kind) {
    case "Pod":
      return make("", object);
    case "PodTemplate":
      return make("template", object.template);
    case "CronJob":
      return make("spec.jobTemplate.spec.template", at(object, "spec", "jobTemplate", "spec", "template"));
    default:
      if ((WORKLOAD_KINDS as readonly string[]).includes(object.kind)) return make("spec.template", at(object, "spec", "template"));
      return undefined;
  }
}

export interface ContainerRef {
  container: JsonObject;
  /** e.g. "spec.template.spec.containers[0]" */
  path: string;
  list: "initContainers" | "containers" | "ephemeralContainers";
}

/** Init containers then containers (then ephemeral containers when asked), each with its path. */
export function containersOf(pod: PodTemplateRef, withEphemeral = false): ContainerRef[] {
  const lists = withEphemeral ? (["initContainers", "containers", "ephemeralContainers"] as const) : (["initContainers", "containers"] as const);
  const out: ContainerRef[] = [];
  for (const list of lists) {
    const items = pod.spec[list];
    if (!Array.isArray(items)) continue;
    items.forEach((container: unknown, i: number) => {
      if (isObject(container)) out.push({ container, path: `${pod.specPath}.${list}[${i}]`, list });
    });
  }
  return out;
}
