/** Dispatches defaulting by kind. Mutates the (already cloned) object it is given. */
import type { KubeObject } from "../../object";
import { ensureObject, isObject, objects, setDefault, type JsonObject } from "../access";
import { defaultHorizontalPodAutoscaler } from "./hpa";
import { defaultPodAdmission, defaultPodSpec } from "./pod-spec";
import { defaultService } from "./service";
import { defaultCronJob, defaultDaemonSet, defaultDeployment, defaultJob, defaultReplicaSet, defaultReplicationController, defaultStatefulSet } from "./workloads";

export interface DefaultingOptions {
  serviceIPFamilies: readonly string[];
}

function base64(text: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** The API server folds stringData into data (base64) and never stores stringData. */
function mergeStringData(secret: KubeObject): void {
  const stringData = secret.stringData;
  if (!isObject(stringData)) return;
  const data: JsonObject = isObject(secret.data) ? secret.data : {};
  for (const [key, value] of Object.entries(stringData)) if (typeof value === "string") data[key] = base64(value);
  secret.data = data;
  delete secret.stringData;
}

/** Container limits: max stands in for a missing default, then default (or min) for a missing defaultRequest. */
function defaultLimitRangeItem(item: JsonObject): void {
  if (item.type !== "Container") return;
  const defaults = ensureObject(item, "default");
  const requests = ensureObject(item, "defaultRequest");
  for (const [resource, value] of Object.entries(isObject(item.max) ? item.max : {})) setDefault(defaults, resource, value);
  for (const [resource, value] of Object.entries(defaults)) setDefault(requests, resource, value);
  for (const [resource, value] of Object.entries(isObject(item.min) ? item.min : {})) setDefault(requests, resource, value);
}

function specOf(object: KubeObject): JsonObject {
  return ensureObject(object, "spec");
}

const BY_KIND: Readonly<Record<string, (object: KubeObject, options: DefaultingOptions) => void>> = {
  Pod: (o) => {
    const spec = specOf(o);
    defaultPodSpec(spec, { restartPolicy: true });
    defaultPodAdmission(spec);
  },
  PodTemplate: (o) => {
    if (isObject(o.template)) defaultPodSpec(ensureObject(o.template, "spec"), { restartPolicy: true });
  },
  Deployment: (o) => defaultDeployment(specOf(o)),
  ReplicaSet: (o) => defaultReplicaSet(specOf(o)),
  ReplicationController: (o) => defaultReplicationController(specOf(o), o.metadata),
  StatefulSet: (o) => defaultStatefulSet(specOf(o)),
  DaemonSet: (o) => defaultDaemonSet(specOf(o)),
  Job: (o) => defaultJob(specOf(o)),
  CronJob: (o) => defaultCronJob(specOf(o)),
  Service: (o, options) => defaultService(specOf(o), options.serviceIPFamilies),
  Secret: (o) => {
    setDefault(o, "type", "Opaque");
    mergeStringData(o);
  },
  Namespace: (o) => {
    setDefault(specOf(o), "finalizers", ["kubernetes"]);
    const name = o.metadata.name;
    if (name !== undefined) o.metadata.labels = { ...o.metadata.labels, "kubernetes.io/metadata.name": name };
  },
  PersistentVolumeClaim: (o) => setDefault(specOf(o), "volumeMode", "Filesystem"),
  PersistentVolume: (o) => {
    const spec = specOf(o);
    setDefault(spec, "persistentVolumeReclaimPolicy", "Retain");
    setDefault(spec, "volumeMode", "Filesystem");
  },
  StorageClass: (o) => {
    setDefault(o, "reclaimPolicy", "Delete");
    setDefault(o, "volumeBindingMode", "Immediate");
  },
  NetworkPolicy: (o) => {
    const spec = specOf(o);
    if (spec.policyTypes === undefined) spec.policyTypes = spec.egress === undefined ? ["Ingress"] : ["Ingress", "Egress"];
    for (const rule of [...objects(spec.ingress), ...objects(spec.egress)]) for (const port of objects(rule.ports)) setDefault(port, "protocol", "TCP");
  },
  Endpoints: (o) => {
    for (const subset of objects(o.subsets)) for (const port of objects(subset.ports)) setDefault(port, "protocol", "TCP");
  },
  EndpointSlice: (o) => {
    for (const port of objects(o.ports)) setDefault(port, "protocol", "TCP");
  },
  PriorityClass: (o) => setDefault(o, "preemptionPolicy", "PreemptLowerPriority"),
  LimitRange: (o) => {
    for (const item of objects(specOf(o).limits)) defaultLimitRangeItem(item);
  },
  HorizontalPodAutoscaler: defaultHorizontalPodAutoscaler,
};

export function applyDefaults(object: KubeObject, options: DefaultingOptions): void {
  BY_KIND[object.kind]?.(object, options);
}
