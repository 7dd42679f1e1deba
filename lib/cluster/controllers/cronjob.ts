/**
 * CronJob controller: creates a Job `<name>-<minutes since epoch>` at each scheduled time on the
 * virtual clock (concurrencyPolicy Allow/Forbid/Replace, suspend), keeps the configured history of
 * finished Jobs. Its wake-ups are periodic: a CronJob never keeps the cluster from settling.
 */
import { createObject, deleteObject, writeStatus } from "../api";
import type { KubeObject } from "../object";
import type { Runtime } from "../runtime/context";
import { objectKey } from "../store/keys";
import { num, record, stringMap } from "../types";
import { parseCron } from "../util/cron";
import { owner, self, type Controller, type ReconcileResult } from "./controller";
import { controllerRef, owned } from "./helpers";

const SOURCE = "cronjob-controller";

function finished(job: KubeObject): "Complete" | "Failed" | undefined {
  const list = record(job.status)?.conditions;
  if (!Array.isArray(list)) return undefined;
  for (const c of list) {
    const r = record(c);
    if ((r?.type === "Complete" || r?.type === "Failed") && r.status === "True") return r.type;
  }
  return undefined;
}

function reconcile(key: string, rt: Runtime): ReconcileResult | void {
  const cj = rt.store.get(key);
  if (!cj || cj.metadata.deletionTimestamp) return;
  const spec = record(cj.spec) ?? {};
  const schedule = parseCron(typeof spec.schedule === "string" ? spec.schedule : "");
  if (!schedule) return;
  const prev = record(cj.status) ?? {};
  const startMs = rt.settings.startMs;
  const nowMs = startMs + rt.now * 1000;
  const lastMs = typeof prev.lastScheduleTime === "string" ? Date.parse(prev.lastScheduleTime) : Date.parse(cj.metadata.creationTimestamp ?? "");
  let jobs = owned(rt, cj, "Job");
  let lastScheduleTime = prev.lastScheduleTime;
  const due = schedule.next(lastMs);
  if (due <= nowMs && spec.suspend !== true) {
    const active = jobs.filter((j) => !finished(j));
    const policy = spec.concurrencyPolicy ?? "Allow";
    if (policy === "Replace") for (const j of active) deleteObject(rt, objectKey(j));
    if (policy !== "Forbid" || active.length === 0) {
      const template = record(spec.jobTemplate) ?? {};
      const name = `${cj.metadata.name ?? ""}-${Math.floor(due / 60_000)}`;
      createObject(rt, {
        apiVersion: "batch/v1",
        kind: "Job",
        metadata: { name, namespace: cj.metadata.namespace, labels: stringMap(record(template.metadata)?.labels), annotations: { "batch.kubernetes.io/cronjob-scheduled-timestamp": new Date(due).toISOString() }, ownerReferences: [controllerRef(cj)] },
        spec: { ...(record(template.spec) ?? {}) },
      });
      rt.record(cj, "Normal", "SuccessfulCreate", `Created job ${name}`, SOURCE);
    }
    lastScheduleTime = new Date(due).toISOString().replace(/\.\d{3}Z$/, "Z");
  }
  jobs = owned(rt, cj, "Job");
  const byAge = (a: KubeObject, b: KubeObject): number => ((a.metadata.creationTimestamp ?? "") < (b.metadata.creationTimestamp ?? "") ? -1 : 1);
  for (const [kind, limit] of [["Complete", num(spec.successfulJobsHistoryLimit, 3)], ["Failed", num(spec.failedJobsHistoryLimit, 1)]] as const) {
    const done = jobs.filter((j) => finished(j) === kind).sort(byAge);
    for (const j of done.slice(0, Math.max(0, done.length - limit))) {
      deleteObject(rt, objectKey(j));
      rt.record(cj, "Normal", "SuccessfulDelete", `Deleted job ${j.metadata.name ?? ""}`, SOURCE);
    }
  }
  const remaining = owned(rt, cj, "Job");
  const successful = remaining.filter((j) => finished(j) === "Complete").map((j) => record(j.status)?.completionTime).filter((t): t is string => typeof t === "string").sort();
  writeStatus(rt, cj, {
    ...(remaining.some((j) => !finished(j)) ? { active: remaining.filter((j) => !finished(j)).map((j) => ({ apiVersion: "batch/v1", kind: "Job", name: j.metadata.name, namespace: j.metadata.namespace, uid: j.metadata.uid })) } : {}),
    ...(lastScheduleTime ? { lastScheduleTime } : {}),
    ...(successful.length > 0 ? { lastSuccessfulTime: successful[successful.length - 1] } : {}),
  });
  const next = schedule.next(Math.max(lastMs, typeof lastScheduleTime === "string" ? Date.parse(lastScheduleTime) : lastMs));
  return Number.isFinite(next) ? { wakeAt: (next - startMs) / 1000, periodic: true } : undefined;
}

export const cronJobController: Controller = {
  name: "cronjob",
  watches: { CronJob: self, Job: owner("CronJob") },
  reconcile,
  resync: (rt) => rt.store.keys("CronJob"),
};
