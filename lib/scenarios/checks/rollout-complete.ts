/**
 * `rollout`: a Deployment's rollout has finished: every replica runs the new image and is ready, and
 * no old pod is left. A stalled rollout says which new pod is stuck and why (a probe on a port nothing
 * listens on, a crash loop, no room to schedule), and what the Deployment's Progressing condition says.
 */
import { z } from "zod";
import { describePodProblem } from "../../cluster/network";
import type { Condition } from "../../cluster/types";
import { failure, pass, type CheckOutcome, type ClusterView, type ConditionType } from "./check-type";
import { isServing, sameImage } from "./pod-query";

export const rolloutSchema = z
  .object({ deployment: z.string(), namespace: z.string().default("default"), image: z.string(), replicas: z.number().int().positive() })
  .strict();

export type RolloutParams = z.infer<typeof rolloutSchema>;

interface DeploymentStatus { replicas?: number; updatedReplicas?: number; readyReplicas?: number; conditions?: Condition[] }

export function evaluateRollout(view: ClusterView, p: RolloutParams): CheckOutcome {
  const d = view.cluster.get("Deployment", p.namespace, p.deployment);
  if (!d) return failure(`there is no Deployment ${p.deployment}`);
  const selector = (d.spec as { selector?: { matchLabels?: Record<string, string> } } | undefined)?.selector?.matchLabels ?? {};
  const pods = view.index.pods.filter((pod) => pod.namespace === p.namespace && Object.entries(selector).every(([k, v]) => pod.labels[k] === v) && pod.phase !== "Succeeded" && pod.phase !== "Failed");
  const fresh = pods.filter((pod) => pod.containers.some((c) => sameImage(c.image, p.image)));
  const stale = pods.filter((pod) => !pod.terminating && !pod.containers.some((c) => sameImage(c.image, p.image)));
  const ready = fresh.filter(isServing);
  const trace = pods.map((pod) => `${pod.name} (${pod.containers.map((c) => c.image).join(", ")}): ${isServing(pod) ? "ready" : describePodProblem(pod)}`);
  const status = (d.status ?? {}) as DeploymentStatus;
  // A template change that keeps the image (a probe, an env var) makes old pods that only the Deployment's status tells apart.
  const outdated = Math.max(0, (status.replicas ?? 0) - (status.updatedReplicas ?? 0));
  if (ready.length >= p.replicas && stale.length === 0 && outdated === 0) return pass(`the rollout finished: ${ready.length} ready pods run ${p.image}`, trace);
  if (stale.length === 0 && outdated > 0) {
    const stuckNew = fresh.filter((pod) => !isServing(pod)).map((pod) => describePodProblem(pod));
    return failure([`the rollout stalled: ${outdated} pod${outdated === 1 ? "" : "s"} of the previous pod template still run${outdated === 1 ? "s" : ""}`, ...stuckNew.slice(0, 2)].join(". "), trace);
  }
  const progressing = status.conditions?.find((c) => c.type === "Progressing");
  const stuck = fresh.filter((pod) => !isServing(pod)).map((pod) => describePodProblem(pod));
  const parts = [`the rollout to ${p.image} stalled: ${ready.length} of ${p.replicas} new pods are ready and ${stale.length} old pod${stale.length === 1 ? " is" : "s are"} still running`];
  if (fresh.length === 0) parts.push(`no pod runs ${p.image}: is it the image in the Deployment's pod template?`);
  if (stuck.length > 0) parts.push(stuck.slice(0, 2).join("; "));
  if (progressing?.reason === "ProgressDeadlineExceeded") parts.push(`Deployment ${p.deployment}: ${progressing.message ?? "progress deadline exceeded"}`);
  return failure(parts.join(". "), trace);
}

export const rolloutCheck: ConditionType<RolloutParams> = { kind: "condition", type: "rollout", schema: rolloutSchema, evaluate: evaluateRollout };
