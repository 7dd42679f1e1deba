/**
 * Why replicas shared the node that failed: where the pods ran before the failure, and what their
 * spec says about spreading (nothing, only preferences, or hard rules), in the learner's terms.
 */
import type { PodView } from "../../cluster/network/read";
import type { PodSpec } from "../../cluster/types";

function spreadRules(spec: PodSpec | undefined): string {
  const anti = spec?.affinity?.podAntiAffinity;
  const spread = spec?.topologySpreadConstraints ?? [];
  const hard = (anti?.requiredDuringSchedulingIgnoredDuringExecution?.length ?? 0) > 0 || spread.some((c) => c.whenUnsatisfiable === "DoNotSchedule");
  if (hard) return "their hard spreading rule did not keep them apart (check its labelSelector and topologyKey)";
  const soft = (anti?.preferredDuringSchedulingIgnoredDuringExecution?.length ?? 0) > 0 || spread.some((c) => c.whenUnsatisfiable === "ScheduleAnyway");
  const must = "only a required rule keeps them apart: podAntiAffinity requiredDuringSchedulingIgnoredDuringExecution, or a topologySpreadConstraint with whenUnsatisfiable: DoNotSchedule";
  if (soft) return `a preferred anti-affinity or a ScheduleAnyway spread constraint is only one score among others, and the scheduler put them together anyway; ${must}`;
  return `nothing in their spec asks the scheduler to spread them; ${must}`;
}

/** `before worker-1 failed it ran web-a, web-b (2 of 3 pods …): nothing in their spec…`; undefined when none ran there. */
export function explainPlacement(pods: readonly PodView[], node: string, what: string): string | undefined {
  const here = pods.filter((p) => p.nodeName === node);
  if (here.length === 0) return undefined;
  const spec = here[0]?.object.spec as PodSpec | undefined;
  const share = pods.length === 1 ? `the only one of the ${what}` : here.length === pods.length ? `all ${pods.length} ${what}` : `${here.length} of ${pods.length} ${what}`;
  return `before ${node} failed it ran ${here.map((p) => p.name).join(", ")} (${share}): ${spreadRules(spec)}`;
}
