/** A PodDisruptionBudget sets minAvailable or maxUnavailable (not both), each a non-negative int or percent. */
import { at } from "../access";
import { invalid } from "./messages";
import type { Rule, RuleFinding } from "./rule";

function check(value: unknown, path: string, findings: RuleFinding[]): void {
  if (typeof value === "number" && value < 0) findings.push(invalid(path, value, "must be greater than or equal to 0"));
  if (typeof value === "string") {
    const match = /^(\d+)%$/.exec(value);
    if (!match) findings.push(invalid(path, value, "a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')"));
    else if (Number(match[1]) > 100) findings.push(invalid(path, value, "must not be greater than 100%"));
  }
}

export const pdbBudget: Rule = {
  meta: { id: "pdb-budget", title: "a PodDisruptionBudget sets one of minAvailable and maxUnavailable", kinds: ["PodDisruptionBudget"] },
  check(object) {
    const findings: RuleFinding[] = [];
    const min = at(object, "spec", "minAvailable");
    const max = at(object, "spec", "maxUnavailable");
    if (min !== undefined && max !== undefined) findings.push(invalid("spec", "", "minAvailable and maxUnavailable cannot be both set", "Keep one: minAvailable (pods that must stay up) or maxUnavailable (pods that may be down)."));
    check(min, "spec.minAvailable", findings);
    check(max, "spec.maxUnavailable", findings);
    return findings;
  },
};
