/** describe for Deployments, ReplicaSets, StatefulSets, DaemonSets, Jobs and CronJobs. */
import type { KubeObject } from "../../cluster";
import { selectorText } from "../printers/columns";
import { describeContainers } from "./containers";
import { arr, DescribeWriter, rec, rfc1123, str } from "./format";
import { describeVolumes, tolerationsText } from "./pod";

export interface Related {
  readonly list: (kind: string, namespace: string | undefined) => KubeObject[];
}

export function describeTemplate(w: DescribeWriter, template: Record<string, unknown>): void {
  const meta = rec(template.metadata), spec = rec(template.spec);
  w.line(0, "Pod Template:");
  w.map(1, "Labels", meta.labels as Record<string, string> | undefined);
  if (Object.keys(rec(meta.annotations)).length > 0) w.annotations(1, meta.annotations as Record<string, string>);
  if (spec.serviceAccountName) w.line(1, "Service Account:", str(spec.serviceAccountName));
  const inits = arr(spec.initContainers);
  if (inits.length > 0) describeContainers(w, "  Init Containers", inits, undefined, 0);
  describeContainers(w, "  Containers", arr(spec.containers), undefined, 0);
  describeVolumes(w, arr(spec.volumes), 1);
  const selector = rec(spec.nodeSelector);
  w.list(1, "Node-Selectors", Object.keys(selector).sort().map((k) => `${k}=${str(selector[k])}`));
  w.list(1, "Tolerations", tolerationsText(arr(spec.tolerations)));
}

function header(w: DescribeWriter, o: KubeObject, withTimestamp: boolean): void {
  w.line(0, "Name:", o.metadata.name ?? "").line(0, "Namespace:", o.metadata.namespace ?? "");
  if (withTimestamp) w.line(0, "CreationTimestamp:", rfc1123(o.metadata.creationTimestamp));
}

const owned = (rel: Related, kind: string, o: KubeObject): KubeObject[] => rel.list(kind, o.metadata.namespace).filter((x) => x.metadata.ownerReferences?.some((r) => r.uid === o.metadata.uid));

function podsStatus(pods: readonly KubeObject[]): string {
  const count = (phase: string): number => pods.filter((p) => rec(p.status).phase === phase).length;
  return `${count("Running")} Running / ${count("Pending")} Waiting / ${count("Succeeded")} Succeeded / ${count("Failed")} Failed`;
}

export function describeDeployment(o: KubeObject, w: DescribeWriter, rel: Related): void {
  const spec = rec(o.spec), status = rec(o.status), strategy = rec(spec.strategy), ru = rec(strategy.rollingUpdate);
  header(w, o, true);
  w.map(0, "Labels", o.metadata.labels).annotations(0, o.metadata.annotations);
  w.line(0, "Selector:", selectorText(spec.selector));
  w.line(0, "Replicas:", `${str(spec.replicas, "1")} desired | ${str(status.updatedReplicas, "0")} updated | ${str(status.replicas, "0")} total | ${str(status.availableReplicas, "0")} available | ${str(status.unavailableReplicas, "0")} unavailable`);
  w.line(0, "StrategyType:", str(strategy.type, "RollingUpdate"));
  w.line(0, "MinReadySeconds:", str(spec.minReadySeconds, "0"));
  if (str(strategy.type, "RollingUpdate") === "RollingUpdate") w.line(0, "RollingUpdateStrategy:", `${str(ru.maxUnavailable, "25%")} max unavailable, ${str(ru.maxSurge, "25%")} max surge`);
  describeTemplate(w, rec(spec.template));
  const conditions = arr(status.conditions);
  if (conditions.length > 0) {
    w.line(0, "Conditions:").line(1, "Type", "Status", "Reason").line(1, "----", "------", "------");
    for (const c of conditions) w.line(1, str(c.type), str(c.status), str(c.reason));
  }
  const sets = owned(rel, "ReplicaSet", o);
  const revision = o.metadata.annotations?.["deployment.kubernetes.io/revision"];
  const current = sets.find((rs) => rs.metadata.annotations?.["deployment.kubernetes.io/revision"] === revision);
  const old = sets.filter((rs) => rs !== current && Number(rec(rs.spec).replicas ?? 0) > 0);
  const label = (rs: KubeObject): string => `${rs.metadata.name ?? ""} (${str(rec(rs.status).replicas, "0")}/${str(rec(rs.spec).replicas, "0")} replicas created)`;
  w.line(0, "OldReplicaSets:", old.length > 0 ? old.map(label).join(", ") : "<none>");
  w.line(0, "NewReplicaSet:", current ? label(current) : "<none>");
}

/** Name, namespace, selector, labels, annotations and the controlling owner: how ReplicaSets and Jobs open. */
function describeControlledHead(o: KubeObject, w: DescribeWriter, spec: Record<string, unknown>): void {
  header(w, o, false);
  w.line(0, "Selector:", selectorText(spec.selector));
  w.map(0, "Labels", o.metadata.labels).annotations(0, o.metadata.annotations);
  const owner = o.metadata.ownerReferences?.find((r) => r.controller);
  if (owner) w.line(0, "Controlled By:", `${owner.kind}/${owner.name}`);
}

export function describeReplicaSet(o: KubeObject, w: DescribeWriter, rel: Related): void {
  const spec = rec(o.spec), status = rec(o.status);
  describeControlledHead(o, w, spec);
  w.line(0, "Replicas:", `${str(status.replicas, "0")} current / ${str(spec.replicas, "1")} desired`);
  w.line(0, "Pods Status:", podsStatus(owned(rel, "Pod", o)));
  describeTemplate(w, rec(spec.template));
}

export function describeStatefulSet(o: KubeObject, w: DescribeWriter, rel: Related): void {
  const spec = rec(o.spec), status = rec(o.status);
  header(w, o, true);
  w.line(0, "Selector:", selectorText(spec.selector));
  w.map(0, "Labels", o.metadata.labels).annotations(0, o.metadata.annotations);
  w.line(0, "Replicas:", `${str(spec.replicas, "1")} desired | ${str(status.replicas, "0")} total`);
  w.line(0, "Update Strategy:", str(rec(spec.updateStrategy).type, "RollingUpdate"));
  w.line(0, "Pods Status:", podsStatus(owned(rel, "Pod", o)));
  describeTemplate(w, rec(spec.template));
  const claims = arr(spec.volumeClaimTemplates);
  w.line(0, "Volume Claims:", claims.length === 0 ? "<none>" : "");
  for (const c of claims) w.line(1, "Name:", str(rec(c.metadata).name)).line(1, "StorageClass:", str(rec(c.spec).storageClassName)).line(1, "Capacity:", str(rec(rec(rec(c.spec).resources).requests).storage)).line(1, "Access Modes:", arr(rec(c.spec).accessModes).map(String).join(", "));
}

export function describeDaemonSet(o: KubeObject, w: DescribeWriter, rel: Related): void {
  const spec = rec(o.spec), status = rec(o.status);
  w.line(0, "Name:", o.metadata.name ?? "").line(0, "Namespace:", o.metadata.namespace ?? "");
  w.line(0, "Selector:", selectorText(spec.selector));
  const ns = rec(rec(rec(spec.template).spec).nodeSelector);
  w.line(0, "Node-Selector:", Object.keys(ns).length === 0 ? "<none>" : Object.keys(ns).sort().map((k) => `${k}=${str(ns[k])}`).join(","));
  w.map(0, "Labels", o.metadata.labels).annotations(0, o.metadata.annotations);
  w.line(0, "Desired Number of Nodes Scheduled:", str(status.desiredNumberScheduled, "0"));
  w.line(0, "Current Number of Nodes Scheduled:", str(status.currentNumberScheduled, "0"));
  w.line(0, "Number of Nodes Scheduled with Up-to-date Pods:", str(status.updatedNumberScheduled, "0"));
  w.line(0, "Number of Nodes Scheduled with Available Pods:", str(status.numberAvailable, "0"));
  w.line(0, "Number of Nodes Misscheduled:", str(status.numberMisscheduled, "0"));
  w.line(0, "Pods Status:", podsStatus(owned(rel, "Pod", o)));
  describeTemplate(w, rec(spec.template));
}

export function describeJob(o: KubeObject, w: DescribeWriter, rel: Related): void {
  const spec = rec(o.spec), status = rec(o.status);
  describeControlledHead(o, w, spec);
  w.line(0, "Parallelism:", str(spec.parallelism, "1")).line(0, "Completions:", str(spec.completions, "1"));
  w.line(0, "Completion Mode:", str(spec.completionMode, "NonIndexed")).line(0, "Suspend:", String(spec.suspend === true));
  w.line(0, "Backoff Limit:", str(spec.backoffLimit, "6"));
  if (spec.activeDeadlineSeconds !== undefined) w.line(0, "Active Deadline Seconds:", `${str(spec.activeDeadlineSeconds)}s`);
  if (status.startTime) w.line(0, "Start Time:", rfc1123(str(status.startTime)));
  if (status.completionTime) w.line(0, "Completed At:", rfc1123(str(status.completionTime)));
  w.line(0, "Pods Statuses:", `${str(status.active, "0")} Active (${str(status.ready, "0")} Ready) / ${str(status.succeeded, "0")} Succeeded / ${str(status.failed, "0")} Failed`);
  void rel;
  describeTemplate(w, rec(spec.template));
}

export function describeCronJob(o: KubeObject, w: DescribeWriter): void {
  const spec = rec(o.spec), status = rec(o.status);
  header(w, o, false);
  w.map(0, "Labels", o.metadata.labels).annotations(0, o.metadata.annotations);
  w.line(0, "Schedule:", str(spec.schedule));
  w.line(0, "Concurrency Policy:", str(spec.concurrencyPolicy, "Allow"));
  w.line(0, "Suspend:", String(spec.suspend === true));
  w.line(0, "Successful Job History Limit:", str(spec.successfulJobsHistoryLimit, "3"));
  w.line(0, "Failed Job History Limit:", str(spec.failedJobsHistoryLimit, "1"));
  w.line(0, "Starting Deadline Seconds:", spec.startingDeadlineSeconds === undefined ? "<unset>" : `${str(spec.startingDeadlineSeconds)}s`);
  const jobSpec = rec(rec(spec.jobTemplate).spec);
  w.line(0, "Selector:", jobSpec.selector ? selectorText(jobSpec.selector) : "<unset>");
  w.line(0, "Parallelism:", str(jobSpec.parallelism, "<unset>")).line(0, "Completions:", str(jobSpec.completions, "<unset>"));
  describeTemplate(w, rec(jobSpec.template));
  w.line(0, "Last Schedule Time:", status.lastScheduleTime ? rfc1123(str(status.lastScheduleTime)) : "<unset>");
  const active = arr(status.active);
  w.line(0, "Active Jobs:", active.length === 0 ? "<none>" : active.map((a) => str(a.name)).join(", "));
}
