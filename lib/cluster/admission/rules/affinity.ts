/** Node and pod affinity terms are complete: selector terms present, operators with the values they need, topologyKey set. */
import { at, isObject, list, objects, str, type JsonObject } from "../access";
import { forbidden, invalid, required, unsupported } from "./messages";
import { podTemplateOf, POD_KINDS } from "./pod-templates";
import type { Rule, RuleFinding } from "./rule";

const NODE_OPERATORS = ["In", "NotIn", "Exists", "DoesNotExist", "Gt", "Lt"];

function checkNodeTerm(term: JsonObject, path: string, findings: RuleFinding[]): void {
  for (const field of ["matchExpressions", "matchFields"]) {
    objects(term[field]).forEach((expression, i) => {
      const base = `${path}.${field}[${i}]`;
      const operator = str(expression.operator) ?? "";
      const values = list(expression.values);
      if (!NODE_OPERATORS.includes(operator)) findings.push(unsupported(`${base}.operator`, operator, NODE_OPERATORS));
      if ((operator === "In" || operator === "NotIn") && values.length === 0) findings.push(required(`${base}.values`, "must be specified when `operator` is 'In' or 'NotIn'"));
      if ((operator === "Exists" || operator === "DoesNotExist") && values.length > 0) findings.push(forbidden(`${base}.values`, "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
      if ((operator === "Gt" || operator === "Lt") && values.length !== 1) findings.push(required(`${base}.values`, "must be specified single value when `operator` is 'Lt' or 'Gt'"));
    });
  }
}

function checkPodTerm(term: JsonObject, path: string, findings: RuleFinding[]): void {
  if (!str(term.topologyKey)) findings.push(required(`${path}.topologyKey`, "can not be empty", "Say which nodes count as the same place, e.g. topologyKey: kubernetes.io/hostname (one per node) or topology.kubernetes.io/zone."));
}

export const affinity: Rule = {
  meta: { id: "affinity", title: "node and pod (anti-)affinity terms are complete", kinds: POD_KINDS },
  check(object) {
    const pod = podTemplateOf(object);
    if (!pod || !isObject(pod.spec.affinity)) return [];
    const findings: RuleFinding[] = [];
    const base = `${pod.specPath}.affinity`;
    const requiredNode = at(pod.spec.affinity, "nodeAffinity", "requiredDuringSchedulingIgnoredDuringExecution");
    if (isObject(requiredNode)) {
      const terms = objects(requiredNode.nodeSelectorTerms);
      const path = `${base}.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms`;
      if (terms.length === 0) findings.push(required(path, "must have at least one node selector term"));
      terms.forEach((term, i) => checkNodeTerm(term, `${path}[${i}]`, findings));
    }
    objects(at(pod.spec.affinity, "nodeAffinity", "preferredDuringSchedulingIgnoredDuringExecution")).forEach((preferred, i) => {
      const weight = preferred.weight;
      const path = `${base}.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution[${i}]`;
      if (typeof weight === "number" && (weight < 1 || weight > 100)) findings.push(invalid(`${path}.weight`, weight, "must be in the range 1-100"));
      if (isObject(preferred.preference)) checkNodeTerm(preferred.preference, `${path}.preference`, findings);
    });
    for (const kind of ["podAffinity", "podAntiAffinity"]) {
      objects(at(pod.spec.affinity, kind, "requiredDuringSchedulingIgnoredDuringExecution")).forEach((term, i) => checkPodTerm(term, `${base}.${kind}.requiredDuringSchedulingIgnoredDuringExecution[${i}]`, findings));
      objects(at(pod.spec.affinity, kind, "preferredDuringSchedulingIgnoredDuringExecution")).forEach((weighted, i) => {
        const path = `${base}.${kind}.preferredDuringSchedulingIgnoredDuringExecution[${i}]`;
        const weight = weighted.weight;
        if (typeof weight === "number" && (weight < 1 || weight > 100)) findings.push(invalid(`${path}.weight`, weight, "must be in the range 1-100"));
        if (isObject(weighted.podAffinityTerm)) checkPodTerm(weighted.podAffinityTerm, `${path}.podAffinityTerm`, findings);
      });
    }
    return findings;
  },
};
