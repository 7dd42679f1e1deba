/**
 * The pods behind `TYPE/NAME` (a workload's or Service's selector, a Job's pods), for commands that
 * act on one pod of an object (`kubectl logs deploy/web`), and kubectl's choice among them.
 */
import type { KubeObject } from "../../cluster";
import type { Pod } from "../../cluster/types";
import { mapSelectorMatches, selectorMatches } from "../../cluster/util/labels";
import type { LabelSelector } from "../../cluster/types";

export function podsOf(pods: readonly Pod[], owner: KubeObject): Pod[] {
  if (owner.kind === "Pod") return pods.filter((p) => p.metadata.name === owner.metadata.name);
  const spec = (owner.spec ?? {}) as { selector?: unknown };
  if (owner.kind === "Service" || owner.kind === "ReplicationController") {
    const sel = (spec.selector ?? {}) as Record<string, string>;
    if (Object.keys(sel).length === 0) return [];
    return pods.filter((p) => mapSelectorMatches(sel, p.metadata.labels ?? {}));
  }
  if (owner.kind === "CronJob") return [];
  const selector = spec.selector as LabelSelector | undefined;
  if (!selector) return [];
  return pods.filter((p) => selectorMatches(selector, p.metadata.labels ?? {}));
}

const rank = (p: Pod): number => {
  const phase = p.status?.phase;
  const ready = p.status?.conditions?.some((c) => c.type === "Ready" && c.status === "True") === true;
  return !p.spec.nodeName ? 0 : phase === "Pending" ? 1 : phase === "Running" ? (ready ? 4 : 3) : 2;
};

/** kubectl prefers a scheduled, running, ready pod, then the older one (podutils.ByLogging, simplified). */
export function pickPod(pods: readonly Pod[]): Pod | undefined {
  return [...pods].sort((a, b) => rank(b) - rank(a) || (a.metadata.creationTimestamp ?? "").localeCompare(b.metadata.creationTimestamp ?? "") || (a.metadata.name ?? "").localeCompare(b.metadata.name ?? ""))[0];
}
