/**
 * service-selects-no-pods: a Service whose selector matches no pod. A warning when pods in its
 * namespace nearly match (a label key it asks for, with another value): the usual typo. Otherwise
 * a hint, since the pods may simply not be applied yet.
 */
import { editDistance } from "../../admission/suggest";
import { record, stringMap } from "../../types";
import { mapSelectorMatches } from "../../util/labels";
import { named, podsOf, type DiagnosisRule, type Finding, type PodGroup } from "../problem";

const pairs = (labels: Readonly<Record<string, string>>): string => Object.entries(labels).map(([k, v]) => `${k}=${v}`).join(",");

/** How close a group's labels come to the selector: keys present (with any value), then the summed edit distance of their values. */
function closeness(selector: Readonly<Record<string, string>>, labels: Readonly<Record<string, string>>): { keys: number; distance: number } {
  let keys = 0;
  let distance = 0;
  for (const [k, v] of Object.entries(selector)) {
    const have = labels[k];
    if (have === undefined) continue;
    keys += 1;
    distance += editDistance(v, have);
  }
  return { keys, distance };
}

function closestGroup(selector: Readonly<Record<string, string>>, groups: readonly PodGroup[]): PodGroup | undefined {
  let best: { group: PodGroup; keys: number; distance: number } | undefined;
  for (const group of groups) {
    const c = closeness(selector, group.pods[0]?.metadata.labels ?? {});
    if (c.keys === 0) continue;
    if (!best || c.keys > best.keys || (c.keys === best.keys && c.distance < best.distance)) best = { group, ...c };
  }
  return best?.group;
}

export const serviceSelectsNoPods: DiagnosisRule = {
  meta: { id: "service-selects-no-pods", title: "a Service selects no pod", severity: "warning" },
  check(ctx) {
    const out: Finding[] = [];
    for (const svc of ctx.list("Service")) {
      const selector = stringMap(record(svc.spec)?.selector);
      if (Object.keys(selector).length === 0 || record(svc.spec)?.type === "ExternalName") continue;
      const ns = svc.metadata.namespace ?? "default";
      const pods = ctx.pods(ns);
      if (pods.some((p) => mapSelectorMatches(selector, p.metadata.labels ?? {}))) continue;
      const groups = ctx.podGroups().filter((g) => (g.owner.metadata.namespace ?? "default") === ns);
      const near = closestGroup(selector, groups);
      const base = `${named(svc)} selects ${pairs(selector)}; no pod has ${Object.keys(selector).length === 1 ? "that label" : "all of those labels"}`;
      if (near) {
        const labels = near.pods[0]?.metadata.labels ?? {};
        const shown = Object.fromEntries(Object.entries(labels).filter(([k]) => k in selector));
        out.push({
          object: svc, path: "spec.selector",
          message: `${base}; ${podsOf(near).replace(/^The/, "the")} ${near.pods.length === 1 ? "is" : "are"} labelled ${pairs(shown)}.`,
          fix: `Make the Service's spec.selector and the pod template's labels agree (e.g. selector ${pairs({ ...selector, ...shown })}), then the Service gets endpoints.`,
        });
      } else {
        out.push({
          object: svc, path: "spec.selector", severity: "info",
          message: `${base}${pods.length === 0 ? ` (namespace ${ns} has no pods yet)` : ""}, so it has no endpoints.`,
          fix: "Create the pods it should select (a Deployment whose template has these labels), or change the selector to their labels.",
        });
      }
    }
    return out;
  },
};
