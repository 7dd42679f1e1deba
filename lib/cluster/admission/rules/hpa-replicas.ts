/** HorizontalPodAutoscaler bounds: minReplicas at least 1 and at most maxReplicas; a target utilization above 0. */
import { at, num, objects } from "../access";
import { invalid } from "./messages";
import type { Rule, RuleFinding } from "./rule";

export const hpaReplicas: Rule = {
  meta: { id: "hpa-replicas", title: "an autoscaler's minReplicas is at least 1 and not above maxReplicas", kinds: ["HorizontalPodAutoscaler"] },
  check(object) {
    const findings: RuleFinding[] = [];
    const min = num(at(object, "spec", "minReplicas"));
    const max = num(at(object, "spec", "maxReplicas"));
    if (min !== undefined && min < 1) findings.push(invalid("spec.minReplicas", min, "must be greater than or equal to 1"));
    if (max !== undefined && max < 1) findings.push(invalid("spec.maxReplicas", max, "must be greater than 0"));
    if (min !== undefined && max !== undefined && max < min) {
      findings.push(invalid("spec.maxReplicas", max, "must be greater than or equal to `minReplicas`", `Raise maxReplicas to at least ${min}, or lower minReplicas.`));
    }
    const cpu = num(at(object, "spec", "targetCPUUtilizationPercentage"));
    if (cpu !== undefined && cpu < 1) findings.push(invalid("spec.targetCPUUtilizationPercentage", cpu, "must be greater than 0"));
    objects(at(object, "spec", "metrics")).forEach((metric, i) => {
      const utilization = num(at(metric, "resource", "target", "averageUtilization"));
      if (utilization !== undefined && utilization < 1) findings.push(invalid(`spec.metrics[${i}].resource.target.averageUtilization`, utilization, "must be greater than 0"));
    });
    return findings;
  },
};
