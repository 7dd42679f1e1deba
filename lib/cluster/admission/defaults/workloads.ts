/** Defaults of the workload controllers' specs (apps/v1 and batch/v1 defaults.go). */
import { at, ensureObject, isObject, objects, setDefault, stringMap, type JsonObject } from "../access";
import type { ObjectMeta } from "../../object";
import { defaultPodSpec, templateSpec } from "./pod-spec";

function defaultTemplate(spec: JsonObject, restartPolicy = true): void {
  const pod = templateSpec(spec);
  if (pod) defaultPodSpec(pod, { restartPolicy });
}

export function defaultDeployment(spec: JsonObject): void {
  setDefault(spec, "replicas", 1);
  const strategy = ensureObject(spec, "strategy");
  setDefault(strategy, "type", "RollingUpdate");
  if (strategy.type === "RollingUpdate") {
    const rolling = ensureObject(strategy, "rollingUpdate");
    setDefault(rolling, "maxUnavailable", "25%");
    setDefault(rolling, "maxSurge", "25%");
  }
  setDefault(spec, "revisionHistoryLimit", 10);
  setDefault(spec, "progressDeadlineSeconds", 600);
  defaultTemplate(spec);
}

export function defaultReplicaSet(spec: JsonObject): void {
  setDefault(spec, "replicas", 1);
  defaultTemplate(spec);
}

export function defaultReplicationController(spec: JsonObject, metadata: ObjectMeta): void {
  setDefault(spec, "replicas", 1);
  const labels = stringMap(at(spec, "template", "metadata", "labels"));
  if (Object.keys(labels).length > 0) {
    setDefault(spec, "selector", { ...labels });
    metadata.labels ??= { ...labels };
  }
  defaultTemplate(spec);
}

export function defaultStatefulSet(spec: JsonObject): void {
  setDefault(spec, "replicas", 1);
  setDefault(spec, "podManagementPolicy", "OrderedReady");
  const strategy = ensureObject(spec, "updateStrategy");
  setDefault(strategy, "type", "RollingUpdate");
  if (strategy.type === "RollingUpdate") setDefault(ensureObject(strategy, "rollingUpdate"), "partition", 0);
  setDefault(spec, "revisionHistoryLimit", 10);
  const retention = ensureObject(spec, "persistentVolumeClaimRetentionPolicy");
  setDefault(retention, "whenDeleted", "Retain");
  setDefault(retention, "whenScaled", "Retain");
  for (const claim of objects(spec.volumeClaimTemplates)) {
    setDefault(claim, "apiVersion", "v1");
    setDefault(claim, "kind", "PersistentVolumeClaim");
    if (isObject(claim.spec)) setDefault(claim.spec, "volumeMode", "Filesystem");
  }
  defaultTemplate(spec);
}

export function defaultDaemonSet(spec: JsonObject): void {
  const strategy = ensureObject(spec, "updateStrategy");
  setDefault(strategy, "type", "RollingUpdate");
  if (strategy.type === "RollingUpdate") {
    const rolling = ensureObject(strategy, "rollingUpdate");
    setDefault(rolling, "maxUnavailable", 1);
    setDefault(rolling, "maxSurge", 0);
  }
  setDefault(spec, "revisionHistoryLimit", 10);
  defaultTemplate(spec);
}

export function defaultJob(spec: JsonObject): void {
  if (spec.completions === undefined && spec.parallelism === undefined) {
    spec.completions = 1;
    spec.parallelism = 1;
  }
  setDefault(spec, "parallelism", 1);
  setDefault(spec, "backoffLimit", 6);
  setDefault(spec, "completionMode", "NonIndexed");
  setDefault(spec, "suspend", false);
  if (spec.podFailurePolicy === undefined) setDefault(spec, "podReplacementPolicy", "TerminatingOrFailed");
  defaultTemplate(spec, false);
}

export function defaultCronJob(spec: JsonObject): void {
  setDefault(spec, "concurrencyPolicy", "Allow");
  setDefault(spec, "suspend", false);
  setDefault(spec, "successfulJobsHistoryLimit", 3);
  setDefault(spec, "failedJobsHistoryLimit", 1);
  const jobSpec = at(spec, "jobTemplate", "spec");
  if (isObject(jobSpec)) defaultTemplate(jobSpec, false);
}
