/**
 * Rules for updating an existing object: fields the API server keeps from the stored object when the
 * new manifest leaves them out (allocated IPs, bound volumes, generated Job selectors), and fields
 * that may never change after creation.
 */
import type { KubeObject } from "../../object";
import { at, ensureObject, isObject, obj, objects, str } from "../access";
import { forbidden, invalid } from "../rules/messages";
import type { RuleFinding } from "../rules/rule";
import { deepEqual, without } from "./deep-equal";

type UpdateRule = (next: KubeObject, previous: KubeObject) => RuleFinding[];

const IMMUTABLE_HINT = "Delete the object and create it again to change this field (kubectl replace --force, or kubectl delete then apply).";

function immutable(path: string, value: unknown): RuleFinding {
  return invalid(path, value, "field is immutable", IMMUTABLE_HINT);
}

function carry(next: KubeObject, previous: KubeObject, ...path: string[]): void {
  const last = path[path.length - 1];
  if (last === undefined) return;
  let target: Record<string, unknown> = next;
  for (const name of path.slice(0, -1)) target = ensureObject(target, name);
  const old = at(previous, ...path);
  if (target[last] === undefined && old !== undefined) target[last] = structuredClone(old);
}

const selectorImmutable: UpdateRule = (next, previous) => {
  const before = at(previous, "spec", "selector");
  const after = at(next, "spec", "selector");
  return deepEqual(before, after) ? [] : [immutable("spec.selector", after)];
};

const STATEFULSET_MUTABLE = ["replicas", "ordinals", "template", "updateStrategy", "persistentVolumeClaimRetentionPolicy", "minReadySeconds", "revisionHistoryLimit"];

const RULES: Readonly<Record<string, UpdateRule>> = {
  Deployment: selectorImmutable,
  ReplicaSet: selectorImmutable,
  DaemonSet: selectorImmutable,
  StatefulSet: (next, previous) => {
    if (deepEqual(without(next.spec, STATEFULSET_MUTABLE), without(previous.spec, STATEFULSET_MUTABLE))) return [];
    return [forbidden("spec", "updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'revisionHistoryLimit', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden", "To change the selector, serviceName or volumeClaimTemplates, delete the StatefulSet (kubectl delete statefulset NAME --cascade=orphan keeps its pods) and create it again.")];
  },
  Service: (next, previous) => {
    carry(next, previous, "spec", "clusterIP");
    carry(next, previous, "spec", "clusterIPs");
    const previousPorts = objects(at(previous, "spec", "ports"));
    objects(at(next, "spec", "ports")).forEach((port) => {
      const same = previousPorts.find((p) => p.port === port.port && p.protocol === port.protocol);
      if (port.nodePort === undefined && same?.nodePort !== undefined && (at(next, "spec", "type") === "NodePort" || at(next, "spec", "type") === "LoadBalancer")) port.nodePort = same.nodePort;
    });
    const before = str(at(previous, "spec", "clusterIP"));
    const after = str(at(next, "spec", "clusterIP"));
    const changingType = at(next, "spec", "type") === "ExternalName" || at(previous, "spec", "type") === "ExternalName";
    if (before !== undefined && after !== undefined && before !== after && !changingType) return [immutable("spec.clusterIP", after)];
    return [];
  },
  PersistentVolumeClaim: (next, previous) => {
    carry(next, previous, "spec", "volumeName");
    carry(next, previous, "spec", "storageClassName");
    const mutable = ["resources", "volumeAttributesClassName"];
    const specSame = deepEqual(without(next.spec, mutable), without(previous.spec, mutable));
    const limitsSame = deepEqual(at(next, "spec", "resources", "limits"), at(previous, "spec", "resources", "limits"));
    if (specSame && limitsSame) return [];
    return [forbidden("spec", "spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims", "Only the requested storage size may grow; for other changes create a new claim.")];
  },
  Job: (next, previous) => {
    carry(next, previous, "spec", "selector");
    const generated = obj(at(previous, "spec", "template", "metadata", "labels")) ?? {};
    const template = obj(at(next, "spec", "template"));
    if (template) {
      const metadata = ensureObject(template, "metadata");
      const labels = ensureObject(metadata, "labels");
      for (const [k, v] of Object.entries(generated)) if (k.includes("controller-uid") || k.endsWith("job-name")) labels[k] ??= v;
    }
    const findings: RuleFinding[] = [];
    if (!deepEqual(at(next, "spec", "template"), at(previous, "spec", "template"))) findings.push(immutable("spec.template", at(next, "spec", "template")));
    if (!deepEqual(at(next, "spec", "completions"), at(previous, "spec", "completions"))) findings.push(immutable("spec.completions", at(next, "spec", "completions")));
    if (!deepEqual(at(next, "spec", "selector"), at(previous, "spec", "selector"))) findings.push(immutable("spec.selector", at(next, "spec", "selector")));
    return findings;
  },
  Secret: (next, previous) => immutableData(next, previous, ["data", "stringData", "type"]),
  ConfigMap: (next, previous) => immutableData(next, previous, ["data", "binaryData"]),
  RoleBinding: (next, previous) => roleRef(next, previous),
  ClusterRoleBinding: (next, previous) => roleRef(next, previous),
  Pod: (next, previous) => {
    carry(next, previous, "spec", "nodeName");
    const strip = (o: KubeObject): Record<string, unknown> => {
      const spec = without(o.spec, ["activeDeadlineSeconds", "tolerations", "terminationGracePeriodSeconds"]);
      for (const list of ["containers", "initContainers"]) spec[list] = objects(spec[list]).map((c) => without(c, ["image"]));
      return spec;
    };
    if (deepEqual(strip(next), strip(previous))) return [];
    return [forbidden("spec", "pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)", "Delete the Pod and create it again, or better, manage pods with a Deployment so changes roll out for you.")];
  },
};

function immutableData(next: KubeObject, previous: KubeObject, fields: readonly string[]): RuleFinding[] {
  if (previous.immutable !== true) return [];
  const findings: RuleFinding[] = [];
  if (next.immutable !== true) findings.push(forbidden("immutable", "field is immutable when `immutable` is set", `This ${next.kind} was created with immutable: true; delete it and create a new one.`));
  for (const field of fields) {
    if (!deepEqual(next[field], previous[field])) findings.push(forbidden(field, "field is immutable when `immutable` is set", `This ${next.kind} was created with immutable: true; delete it and create a new one (or a new name) to change its ${field}.`));
  }
  return findings;
}

function roleRef(next: KubeObject, previous: KubeObject): RuleFinding[] {
  if (deepEqual(next.roleRef, previous.roleRef)) return [];
  return [invalid("roleRef", next.roleRef, "cannot change roleRef", "Delete the binding and create it again with the new roleRef.")];
}

/** Carries over stored values the manifest leaves out, then reports immutable fields that changed. */
export function applyUpdateRules(next: KubeObject, previous: KubeObject): RuleFinding[] {
  const rule = RULES[next.kind];
  if (!rule || !isObject(previous)) return [];
  return rule(next, previous);
}
