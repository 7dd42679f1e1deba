/** The registry of semantic rules, in the order their findings are reported. */
import { affinity } from "./affinity";
import { containerNames } from "./container-names";
import { containerPorts } from "./container-ports";
import { containersRequired } from "./containers-required";
import { crdNames } from "./crd-names";
import { cronSchedule } from "./cron-schedule";
import { envVars } from "./env-vars";
import { hpaReplicas } from "./hpa-replicas";
import { ingressPaths } from "./ingress-paths";
import { jobSpec } from "./job-spec";
import { labelsSyntax } from "./labels-syntax";
import { limitRange } from "./limit-range";
import { networkPolicy } from "./network-policy";
import { nonNegativeCounts } from "./non-negative-counts";
import { objectName } from "./object-name";
import { pdbBudget } from "./pdb-budget";
import { podSecurityLabels } from "./pod-security-labels";
import { probes } from "./probes";
import { pvcSpec } from "./pvc-spec";
import { rbacBindings } from "./rbac-bindings";
import { requiredImage } from "./required-image";
import { resourceRequests } from "./resource-requests";
import { restartPolicy } from "./restart-policy";
import { rolloutStrategy } from "./rollout-strategy";
import type { Rule } from "./rule";
import { schedulingConstraints } from "./scheduling-constraints";
import { secretAndConfigMapData } from "./secret-and-configmap-data";
import { selectorMatchesTemplate } from "./selector-matches-template";
import { serviceIPFamilies } from "./service-ip-families";
import { servicePorts } from "./service-ports";
import { volumes } from "./volumes";

export const ALL_RULES: readonly Rule[] = [
  objectName,
  labelsSyntax,
  nonNegativeCounts,
  selectorMatchesTemplate,
  rolloutStrategy,
  containersRequired,
  containerNames,
  requiredImage,
  containerPorts,
  resourceRequests,
  probes,
  envVars,
  volumes,
  restartPolicy,
  schedulingConstraints,
  affinity,
  servicePorts,
  serviceIPFamilies,
  ingressPaths,
  cronSchedule,
  jobSpec,
  hpaReplicas,
  pdbBudget,
  pvcSpec,
  secretAndConfigMapData,
  networkPolicy,
  rbacBindings,
  crdNames,
  limitRange,
  podSecurityLabels,
];

const BY_KIND = new Map<string, readonly Rule[]>();

/** The rules that apply to a kind, in report order (computed once per kind). */
export function rulesFor(kind: string): readonly Rule[] {
  let rules = BY_KIND.get(kind);
  if (!rules) {
    rules = ALL_RULES.filter((rule) => rule.meta.kinds === "*" || rule.meta.kinds.includes(kind));
    BY_KIND.set(kind, rules);
  }
  return rules;
}
