/** Conditions lists: set one, keeping lastTransitionTime when the status did not change. */
import type { Condition } from "../types";

export function setCondition(list: readonly Condition[] | undefined, next: Condition, now: string, probe = false): Condition[] {
  const out = [...(list ?? [])];
  const i = out.findIndex((c) => c.type === next.type);
  const old = i >= 0 ? out[i] : undefined;
  // Same keys and order as a spread; Object.assign and an assignment skip V8's slow clone-then-add path.
  const merged: Condition = Object.assign(probe ? { lastProbeTime: null } : {}, next);
  merged.lastTransitionTime = old && old.status === next.status ? old.lastTransitionTime : now;
  if (i >= 0) out[i] = merged;
  else out.push(merged);
  return out;
}

export function conditionStatus(list: readonly Condition[] | undefined, type: string): string | undefined {
  return list?.find((c) => c.type === type)?.status;
}
