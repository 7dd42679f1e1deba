/**
 * Job controller: runs pods until `completions` succeed (`parallelism` at a time), counts failures
 * against `backoffLimit` (then Failed/BackoffLimitExceeded), honours activeDeadlineSeconds and
 * ttlSecondsAfterFinished, and Indexed completion (one index per pod).
 */
import { deleteObject, removeObject, writeStatus } from "../api";
import type { KubeObject } from "../object";
import type { Runtime } from "../runtime/context";
import { objectKey } from "../store/keys";
import { num, record, type Condition, type Pod } from "../types";
import { owner, self, type Controller, type ReconcileResult } from "./controller";
import { createPodFor, isActive, isReady, ownedPods, templateOf } from "./helpers";

const SOURCE = "job-controller";
const INDEX = "batch.kubernetes.io/job-completion-index";

function finishedCondition(status: Record<string, unknown>): Condition | undefined {
  const list = Array.isArray(status.conditions) ? status.conditions : [];
  for (const c of list) {
    const r = record(c);
    if ((r?.type === "Complete" || r?.type === "Failed") && r.status === "True") return { type: r.type, status: "True" };
  }
  return undefined;
}

function fail(rt: Runtime, job: KubeObject, pods: readonly Pod[], reason: string, message: string): Condition[] {
  for (const p of pods.filter(isActive)) deleteObject(rt, objectKey(p));
  rt.record(job, "Warning", reason, message, SOURCE);
  const t = rt.iso();
  return [
    { type: "FailureTarget", status: "True", reason, message, lastProbeTime: t, lastTransitionTime: t },
    { type: "Failed", status: "True", reason, message, lastProbeTime: t, lastTransitionTime: t },
  ];
}

function reconcile(key: string, rt: Runtime): ReconcileResult | void {
  const job = rt.store.get(key);
  if (!job || job.metadata.deletionTimestamp) return;
  const spec = record(job.spec) ?? {};
  const template = templateOf(spec);
  if (!template) return;
  const prev = record(job.status) ?? {};
  const startTime = typeof prev.startTime === "string" ? prev.startTime : rt.iso();
  const done = finishedCondition(prev);
  const ttl = typeof spec.ttlSecondsAfterFinished === "number" ? spec.ttlSecondsAfterFinished : undefined;
  if (done) {
    const finishedAt = rt.secondsOf(typeof prev.completionTime === "string" ? prev.completionTime : undefined);
    if (ttl === undefined) return;
    if (rt.now >= finishedAt + ttl) {
      removeObject(rt, key);
      return;
    }
    return { wakeAt: finishedAt + ttl };
  }
  const indexed = spec.completionMode === "Indexed";
  const completions = typeof spec.completions === "number" ? spec.completions : undefined;
  const parallelism = num(spec.parallelism, 1);
  const backoffLimit = num(spec.backoffLimit, 6);
  const pods = ownedPods(rt, job);
  const succeededPods = pods.filter((p) => p.status?.phase === "Succeeded");
  const succeeded = indexed ? new Set(succeededPods.map((p) => p.metadata.annotations?.[INDEX])).size : succeededPods.length;
  const failed = pods.filter((p) => p.status?.phase === "Failed").length;
  let active = pods.filter(isActive);
  let conditions: Condition[] | undefined;
  let completionTime: string | undefined;
  const deadline = typeof spec.activeDeadlineSeconds === "number" ? rt.secondsOf(startTime) + spec.activeDeadlineSeconds : undefined;
  const complete = completions !== undefined ? succeeded >= completions : succeeded > 0 && active.length === 0;
  if (failed > backoffLimit) conditions = fail(rt, job, pods, "BackoffLimitExceeded", "Job has reached the specified backoff limit");
  else if (deadline !== undefined && rt.now >= deadline && !complete) conditions = fail(rt, job, pods, "DeadlineExceeded", "Job was active longer than specified deadline");
  else if (complete) {
    const t = rt.iso();
    completionTime = t;
    conditions = [
      { type: "SuccessCriteriaMet", status: "True", reason: "CompletionsReached", message: "Reached expected number of succeeded pods", lastProbeTime: t, lastTransitionTime: t },
      { type: "Complete", status: "True", reason: "CompletionsReached", message: "Reached expected number of succeeded pods", lastProbeTime: t, lastTransitionTime: t },
    ];
    rt.record(job, "Normal", "Completed", "Job completed", SOURCE);
  } else if (spec.suspend !== true) {
    const remaining = completions !== undefined ? completions - succeeded : succeeded > 0 ? 0 : parallelism;
    const want = Math.min(parallelism, remaining);
    const busy = new Set([...succeededPods, ...active].map((p) => p.metadata.annotations?.[INDEX]));
    for (let i = active.length, next = 0; i < want; i += 1) {
      let how = {};
      if (indexed) {
        while (busy.has(String(next))) next += 1;
        busy.add(String(next));
        how = { generateName: `${job.metadata.name ?? ""}-${next}-`, annotations: { [INDEX]: String(next) }, labels: { [INDEX]: String(next) }, specPatch: { hostname: `${job.metadata.name ?? ""}-${next}` } };
      }
      if (typeof createPodFor(rt, job, template, how, SOURCE) === "string") break;
    }
    active = ownedPods(rt, job).filter(isActive);
  }
  const status: Record<string, unknown> = {
    startTime,
    ...(conditions ? { conditions } : {}),
    ...(completionTime ? { completionTime } : {}),
    ...(active.length > 0 && !conditions ? { active: active.length } : {}),
    ...(succeeded > 0 ? { succeeded } : {}),
    ...(failed > 0 ? { failed } : {}),
    ready: active.filter(isReady).length,
    terminating: ownedPods(rt, job).filter((p) => p.metadata.deletionTimestamp).length,
    uncountedTerminatedPods: {},
  };
  if (indexed && succeeded > 0) status.completedIndexes = [...new Set(succeededPods.map((p) => Number(p.metadata.annotations?.[INDEX])))].sort((a, b) => a - b).join(",");
  writeStatus(rt, job, status);
  if (conditions) return ttl !== undefined ? { wakeAt: rt.now + ttl } : undefined;
  return deadline !== undefined ? { wakeAt: deadline } : undefined;
}

export const jobController: Controller = {
  name: "job",
  watches: { Job: self, Pod: owner("Job") },
  reconcile,
  resync: (rt) => rt.store.keys("Job"),
};
