/** Tolerations, topology spread constraints and node selectors are well formed. */
import { num, objects, str } from "../access";
import { invalid, required, unsupported } from "./messages";
import { labelValue, qualifiedName } from "./name-syntax";
import { podTemplateOf, POD_KINDS } from "./pod-templates";
import type { Rule, RuleFinding } from "./rule";

const EFFECTS = ["NoSchedule", "PreferNoSchedule", "NoExecute"];

export const schedulingConstraints: Rule = {
  meta: { id: "scheduling-constraints", title: "tolerations, topology spread constraints and nodeSelector are well formed", kinds: POD_KINDS },
  check(object) {
    const pod = podTemplateOf(object);
    if (!pod) return [];
    const findings: RuleFinding[] = [];
    objects(pod.spec.tolerations).forEach((toleration, i) => {
      const path = `${pod.specPath}.tolerations[${i}]`;
      const operator = str(toleration.operator) ?? "Equal";
      const key = str(toleration.key) ?? "";
      const value = str(toleration.value) ?? "";
      if (operator !== "Equal" && operator !== "Exists") findings.push(unsupported(`${path}.operator`, operator, ["Equal", "Exists"]));
      if (operator === "Exists" && value !== "") findings.push(invalid(`${path}.operator`, toleration.operator, "value must be empty when `operator` is 'Exists'", "Remove value, or use operator: Equal."));
      if (key === "" && operator !== "Exists") findings.push(invalid(`${path}.operator`, operator, "operator must be Exists when `key` is empty, which means \"match all values and all keys\""));
      if (key !== "") for (const problem of qualifiedName(key)) findings.push(invalid(`${path}.key`, key, problem));
      const effect = str(toleration.effect);
      if (effect !== undefined && effect !== "" && !EFFECTS.includes(effect)) findings.push(unsupported(`${path}.effect`, effect, EFFECTS));
      if (toleration.tolerationSeconds !== undefined && effect !== "NoExecute") findings.push(invalid(`${path}.effect`, effect ?? "", "effect must be 'NoExecute' when `tolerationSeconds` is set"));
    });
    objects(pod.spec.topologySpreadConstraints).forEach((constraint, i) => {
      const path = `${pod.specPath}.topologySpreadConstraints[${i}]`;
      const skew = num(constraint.maxSkew);
      if (skew !== undefined && skew <= 0) findings.push(invalid(`${path}.maxSkew`, skew, "must be greater than zero"));
      if (!str(constraint.topologyKey)) findings.push(required(`${path}.topologyKey`, "can not be empty", "Use e.g. topologyKey: kubernetes.io/hostname to spread over nodes."));
      const when = str(constraint.whenUnsatisfiable);
      if (when === undefined) findings.push(required(`${path}.whenUnsatisfiable`));
      else if (when !== "DoNotSchedule" && when !== "ScheduleAnyway") findings.push(unsupported(`${path}.whenUnsatisfiable`, when, ["DoNotSchedule", "ScheduleAnyway"]));
      const minDomains = num(constraint.minDomains);
      if (minDomains !== undefined && minDomains <= 0) findings.push(invalid(`${path}.minDomains`, minDomains, "must be greater than 0"));
    });
    const nodeSelector = pod.spec.nodeSelector;
    if (nodeSelector && typeof nodeSelector === "object") {
      for (const [key, value] of Object.entries(nodeSelector)) {
        for (const problem of qualifiedName(key)) findings.push(invalid(`${pod.specPath}.nodeSelector`, key, problem));
        if (typeof value === "string") for (const problem of labelValue(value)) findings.push(invalid(`${pod.specPath}.nodeSelector[${key}]`, value, problem));
      }
    }
    return findings;
  },
};
