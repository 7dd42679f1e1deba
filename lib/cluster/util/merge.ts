/**
 * `kubectl apply`'s three-way merge, simplified: the declared object wins; a map field present in the
 * cluster but absent from the declaration is kept (the system or another actor set it: a pod's
 * nodeName, a claim's volumeName, a generated selector) unless the previous declaration had it (then
 * the user removed it). Lists are replaced whole, as for most fields without a merge key.
 */
function isMap(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export function threeWayMerge(lastApplied: unknown, declared: unknown, current: unknown): unknown {
  if (!isMap(declared) || !isMap(current)) return declared;
  const last = isMap(lastApplied) ? lastApplied : undefined;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(declared)) out[key] = threeWayMerge(last?.[key], declared[key], current[key]);
  for (const key of Object.keys(current)) {
    if (key in declared || (last !== undefined && key in last)) continue;
    out[key] = current[key];
  }
  return out;
}
