/**
 * The Eviction API (`POST pods/NAME/eviction`), as the API server answers it: a pod that is not running
 * (Pending, Succeeded, Failed) or already being deleted goes at once; otherwise the one budget that
 * selects it must allow a disruption, which the eviction spends (disruptionsAllowed − 1, the pod noted
 * in `status.disruptedPods`) before the pod is deleted gracefully. A not-Ready pod goes without
 * spending one while the budget is met (policy IfHealthyBudget) or always (AlwaysAllow). A refusal
 * is 429 Too Many Requests, which kubectl drain retries every 5 s.
 */
import { deleteObject, writeStatus } from "./api";
import { allowedCondition, budgetsFor, disruptionCondition } from "./controllers/disruption";
import { isReady } from "./controllers/helpers";
import type { KubeObject } from "./object";
import type { Runtime } from "./runtime/context";
import { objectKey } from "./store/keys";
import { isPod, num, record, type Pod } from "./types";

const BUDGET_VIOLATION = "Cannot evict pod as it would violate the pod's disruption budget.";

export type EvictionVerdict =
  /** Evict; `spend` is the budget whose disruption the eviction uses up. */
  | { readonly allowed: true; readonly spend?: KubeObject }
  /** Refused: 429 (`retry`, drain tries again) or another error (drain gives up on the pod). */
  | { readonly allowed: false; readonly retry: boolean; readonly message: string; readonly cause?: string };

const ignoresBudgets = (p: Pod): boolean => p.metadata.deletionTimestamp !== undefined || ["Pending", "Succeeded", "Failed"].includes(p.status?.phase ?? "Pending");

/** What the API server would answer to an eviction of `pod` now, without changing anything. */
export function evictionVerdict(rt: Runtime, pod: KubeObject): EvictionVerdict {
  if (!isPod(pod) || ignoresBudgets(pod)) return { allowed: true };
  const budgets = budgetsFor(rt, pod);
  const pdb = budgets[0];
  if (!pdb) return { allowed: true };
  if (budgets.length > 1) return { allowed: false, retry: false, message: "This pod has more than one PodDisruptionBudget, which the eviction subresource does not support." };
  const status = record(pdb.status) ?? {};
  const name = pdb.metadata.name ?? "";
  if (num(status.observedGeneration, 0) < (pdb.metadata.generation ?? 1)) return { allowed: false, retry: true, message: BUDGET_VIOLATION, cause: `The disruption budget ${name} is still being processed by the server.` };
  const currentHealthy = num(status.currentHealthy, 0);
  const desiredHealthy = num(status.desiredHealthy, 0);
  if (!isReady(pod)) {
    if (record(pdb.spec)?.unhealthyPodEvictionPolicy === "AlwaysAllow") return { allowed: true };
    if (currentHealthy >= desiredHealthy && desiredHealthy > 0) return { allowed: true };
  }
  const allowed = num(status.disruptionsAllowed, 0);
  if (allowed < 0) return { allowed: false, retry: false, message: `poddisruptionbudgets.policy "${name}" is forbidden: pdb disruptions allowed is negative` };
  if (allowed === 0) return { allowed: false, retry: true, message: BUDGET_VIOLATION, cause: `The disruption budget ${name} needs ${desiredHealthy} healthy pods and has ${currentHealthy} currently` };
  return { allowed: true, spend: pdb };
}

/** Spends one disruption of the budget for `pod`, as the eviction handler records it. */
function spendDisruption(rt: Runtime, pdb: KubeObject, pod: KubeObject): void {
  const status = record(pdb.status) ?? {};
  const allowed = num(status.disruptionsAllowed, 0) - 1;
  const observedGeneration = num(status.observedGeneration, 0);
  writeStatus(rt, pdb, {
    ...status,
    disruptedPods: { ...(record(status.disruptedPods) ?? {}), [pod.metadata.name ?? ""]: rt.iso() },
    disruptionsAllowed: allowed,
    conditions: allowed === 0 ? disruptionCondition(status.conditions, allowedCondition(0), observedGeneration, rt.iso()) : status.conditions,
  });
}

/** Evicts the pod when the verdict allows it (graceful deletion); returns the verdict either way. */
export function evictPod(rt: Runtime, pod: KubeObject): EvictionVerdict {
  const verdict = evictionVerdict(rt, pod);
  if (!verdict.allowed) return verdict;
  if (verdict.spend) spendDisruption(rt, verdict.spend, pod);
  deleteObject(rt, objectKey(pod));
  return verdict;
}
