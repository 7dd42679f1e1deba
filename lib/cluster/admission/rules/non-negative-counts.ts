/** Replica counts and other counters the API server requires to be zero or more. */
import { at, num } from "../access";
import { invalid } from "./messages";
import type { Rule, RuleFinding } from "./rule";

const FIELDS: Readonly<Record<string, readonly string[]>> = {
  Deployment: ["replicas", "minReadySeconds", "revisionHistoryLimit", "progressDeadlineSeconds"],
  ReplicaSet: ["replicas", "minReadySeconds"],
  ReplicationController: ["replicas", "minReadySeconds"],
  StatefulSet: ["replicas", "minReadySeconds", "revisionHistoryLimit"],
  DaemonSet: ["minReadySeconds", "revisionHistoryLimit"],
  Job: ["parallelism", "completions", "backoffLimit", "ttlSecondsAfterFinished"],
  CronJob: ["startingDeadlineSeconds", "successfulJobsHistoryLimit", "failedJobsHistoryLimit"],
};

export const nonNegativeCounts: Rule = {
  meta: { id: "non-negative-counts", title: "replicas and other counters are not negative", kinds: Object.keys(FIELDS) },
  check(object) {
    const findings: RuleFinding[] = [];
    for (const field of FIELDS[object.kind] ?? []) {
      const value = num(at(object, "spec", field));
      if (value !== undefined && value < 0) {
        findings.push(invalid(`spec.${field}`, value, "must be greater than or equal to 0", field === "replicas" ? "Use 0 to stop all pods, or a positive number." : undefined));
      }
    }
    const deadline = num(at(object, "spec", "progressDeadlineSeconds"));
    const minReady = num(at(object, "spec", "minReadySeconds"));
    if (object.kind === "Deployment" && deadline !== undefined && minReady !== undefined && deadline <= minReady) {
      findings.push(invalid("spec.progressDeadlineSeconds", deadline, "must be greater than minReadySeconds"));
    }
    if (object.kind === "Job" || object.kind === "CronJob") {
      const base = object.kind === "CronJob" ? "spec.jobTemplate.spec" : "spec";
      const active = num(object.kind === "CronJob" ? at(object, "spec", "jobTemplate", "spec", "activeDeadlineSeconds") : at(object, "spec", "activeDeadlineSeconds"));
      if (active !== undefined && active <= 0) findings.push(invalid(`${base}.activeDeadlineSeconds`, active, "must be greater than 0"));
    }
    return findings;
  },
};
