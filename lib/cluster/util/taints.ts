/** Whether tolerations tolerate a taint, as the scheduler and the taint manager decide. */
import type { Taint, Toleration } from "../types";

export function tolerates(t: Toleration, taint: Taint): boolean {
  if (t.effect && t.effect !== taint.effect) return false;
  if (!t.key) return t.operator === "Exists";
  if (t.key !== taint.key) return false;
  if (t.operator === "Exists") return true;
  return (t.value ?? "") === (taint.value ?? "");
}

export function tolerated(tolerations: readonly Toleration[] | undefined, taint: Taint): boolean {
  return (tolerations ?? []).some((t) => tolerates(t, taint));
}

/** The first NoSchedule/NoExecute taint the pod does not tolerate, as the scheduler reports it. */
export function firstUntolerated(taints: readonly Taint[] | undefined, tolerations: readonly Toleration[] | undefined): Taint | undefined {
  return (taints ?? []).find((taint) => (taint.effect === "NoSchedule" || taint.effect === "NoExecute") && !tolerated(tolerations, taint));
}
