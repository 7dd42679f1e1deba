/**
 * The selector and labels the API server generates for a Job once its uid is known
 * (batch.kubernetes.io/controller-uid). The store calls this after it assigns the uid, since
 * admission runs before uids exist. Jobs with spec.manualSelector: true keep their own selector.
 */
import type { KubeObject } from "../../object";
import { at, ensureObject, isObject } from "../access";

export function addGeneratedJobSelector(job: KubeObject, uid: string): KubeObject {
  if (job.kind !== "Job" || at(job, "spec", "manualSelector") === true) return job;
  const next: KubeObject = structuredClone(job);
  const spec = ensureObject(next, "spec");
  const name = next.metadata.name ?? "";
  const generated = { "batch.kubernetes.io/controller-uid": uid, "batch.kubernetes.io/job-name": name, "controller-uid": uid, "job-name": name };
  if (spec.selector === undefined || spec.selector === null) spec.selector = { matchLabels: { "batch.kubernetes.io/controller-uid": uid } };
  const template = isObject(spec.template) ? spec.template : ensureObject(spec, "template");
  const metadata = ensureObject(template, "metadata");
  metadata.labels = { ...generated, ...(isObject(metadata.labels) ? metadata.labels : {}) };
  return next;
}
