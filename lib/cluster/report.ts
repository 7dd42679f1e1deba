/**
 * What is wrong in a settled cluster, in a sentence per object: the "stable but failing" states that
 * settle does not wait out (crash loops, image pull back-off, config errors, unschedulable or
 * unmountable pods, stalled rollouts, failed Jobs, pending claims).
 */
import type { KubeObject } from "./object";
import { podStatus } from "./format/pod-columns";
import { conditionsOf, isPod, record } from "./types";

const WAITING_PROBLEMS = new Set(["CrashLoopBackOff", "ImagePullBackOff", "ErrImagePull", "CreateContainerConfigError", "Error", "Init:Error", "Init:CrashLoopBackOff"]);

export function problemsOf(objects: readonly KubeObject[]): string[] {
  const out: string[] = [];
  for (const o of objects) {
    const name = `${o.kind.toLowerCase()}/${o.metadata.name ?? ""}${o.metadata.namespace && o.metadata.namespace !== "default" ? ` -n ${o.metadata.namespace}` : ""}`;
    if (isPod(o)) {
      if (o.metadata.deletionTimestamp) continue;
      const status = podStatus(o);
      const unscheduled = o.status?.conditions?.find((c) => c.type === "PodScheduled" && c.status === "False");
      if (WAITING_PROBLEMS.has(status)) {
        const waiting = o.status?.containerStatuses?.find((c) => c.state.waiting?.message)?.state.waiting?.message;
        out.push(`${name} is ${status}${waiting ? `: ${waiting}` : ""}`);
      } else if (unscheduled) out.push(`${name} is Pending: ${unscheduled.message ?? "unschedulable"}`);
      else if (status === "ContainerCreating" && o.spec.nodeName) out.push(`${name} is stuck in ContainerCreating (a volume cannot be mounted; see its FailedMount event)`);
      else if (o.status?.phase === "Running" && o.status.conditions?.some((c) => c.type === "Ready" && c.status === "False")) out.push(`${name} is Running but not Ready (its readiness probe fails)`);
      continue;
    }
    const failed = conditionsOf(o.status).find((c) => (c.type === "Progressing" && c.reason === "ProgressDeadlineExceeded") || (c.type === "Failed" && c.status === "True"));
    if (failed) out.push(`${name}: ${String(failed.reason)}: ${failed.message ?? ""}`);
    if (o.kind === "PersistentVolumeClaim" && record(o.status)?.phase !== "Bound") out.push(`${name} is Pending (no volume bound)`);
  }
  return out;
}
