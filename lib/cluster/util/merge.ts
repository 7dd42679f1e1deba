/**
 * `kubectl apply`'s three-way merge, simplified: the declared object wins; a map field present in the
 * cluster but absent from the declaration is kept (the system or another actor set it: a pod's
 * nodeName, a claim's volumeName, a generated selector) unless the previous declaration had it (then
 * the user removed it). Lists are replaced whole, as for most fields without a merge key.
 */
import { record } from "../types";

export function threeWayMerge(lastApplied: unknown, declared: unknown, current: unknown): unknown {
  const decl = record(declared);
  const cur = record(current);
  if (!decl || !cur) return declared;
  const last = record(lastApplied);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(decl)) out[key] = threeWayMerge(last?.[key], decl[key], cur[key]);
  for (const key of Object.keys(cur)) {
    if (key in decl || (last !== undefined && key in last)) continue;
    out[key] = cur[key];
  }
  return out;
}
