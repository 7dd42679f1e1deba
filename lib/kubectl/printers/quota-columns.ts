/** `kubectl get quota`'s REQUEST and LIMIT cells: `pods: 1/4, requests.cpu: 0/2` (limits.* in LIMIT), by resource name. */
import type { KubeObject } from "../../cluster";

const rec = (v: unknown): Record<string, unknown> => (v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

function usage(o: KubeObject, limits: boolean): string {
  const status = rec(o.status);
  const hard = rec(status.hard);
  const used = rec(status.used);
  return Object.keys(hard).sort()
    .filter((name) => (name.split(".").length > 1 && name.split(".")[0] === "limits") === limits)
    .map((name) => `${name}: ${String(used[name] ?? "0")}/${String(hard[name])}`)
    .join(", ");
}

export const quotaRequest = (o: KubeObject): string => usage(o, false);
export const quotaLimit = (o: KubeObject): string => usage(o, true);
