/** Label keys and values (object, pod template, selector) and annotation keys follow the label syntax. */
import type { KubeObject } from "../../object";
import { at, obj, objects, str } from "../access";
import { invalid } from "./messages";
import { labelValue, qualifiedName } from "./name-syntax";
import { podTemplateOf } from "./pod-templates";
import type { Rule, RuleFinding } from "./rule";

const FIX_KEY = "Label keys are an optional DNS prefix and a name of letters, digits, '-', '_' or '.', e.g. app.kubernetes.io/name.";
const FIX_VALUE = "Label values are at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit; quote values like \"true\" or \"1.0\".";

function checkLabels(labels: unknown, path: string, findings: RuleFinding[]): void {
  const map = obj(labels);
  if (!map) return;
  for (const [key, value] of Object.entries(map)) {
    for (const problem of qualifiedName(key)) findings.push({ ...invalid(path, key, problem, FIX_KEY), at: `${path}[${key}]` });
    if (typeof value === "string") for (const problem of labelValue(value)) findings.push({ ...invalid(path, value, problem, FIX_VALUE), at: `${path}[${key}]` });
  }
}

function checkAnnotations(annotations: unknown, path: string, findings: RuleFinding[]): void {
  const map = obj(annotations);
  if (!map) return;
  for (const key of Object.keys(map)) for (const problem of qualifiedName(key.toLowerCase())) findings.push({ ...invalid(path, key, problem), at: `${path}[${key}]` });
}

function checkSelector(selector: unknown, path: string, findings: RuleFinding[]): void {
  const sel = obj(selector);
  if (!sel) return;
  checkLabels(sel.matchLabels, `${path}.matchLabels`, findings);
  objects(sel.matchExpressions).forEach((expression, i) => {
    const key = str(expression.key);
    if (key !== undefined) for (const problem of qualifiedName(key)) findings.push(invalid(`${path}.matchExpressions[${i}].key`, key, problem));
    const operator = expression.operator;
    const values = Array.isArray(expression.values) ? expression.values : [];
    if ((operator === "In" || operator === "NotIn") && values.length === 0) {
      findings.push({ path: `${path}.matchExpressions[${i}].values`, message: `${path}.matchExpressions[${i}].values: Required value: must be specified when \`operator\` is 'In' or 'NotIn'` });
    }
    if ((operator === "Exists" || operator === "DoesNotExist") && values.length > 0) {
      findings.push({ path: `${path}.matchExpressions[${i}].values`, message: `${path}.matchExpressions[${i}].values: Forbidden: may not be specified when \`operator\` is 'Exists' or 'DoesNotExist'` });
    }
  });
}

export const labelsSyntax: Rule = {
  meta: { id: "labels-syntax", title: "label keys and values, selectors and annotation keys are well formed", kinds: "*" },
  check(object: KubeObject) {
    const findings: RuleFinding[] = [];
    checkLabels(object.metadata.labels, "metadata.labels", findings);
    checkAnnotations(object.metadata.annotations, "metadata.annotations", findings);
    const pod = podTemplateOf(object);
    if (pod && pod.metadataPath !== "metadata") {
      checkLabels(pod.metadata?.labels, `${pod.metadataPath}.labels`, findings);
      checkAnnotations(pod.metadata?.annotations, `${pod.metadataPath}.annotations`, findings);
    }
    const selector = at(object, "spec", "selector");
    if (object.kind === "Service" || object.kind === "ReplicationController") checkLabels(selector, "spec.selector", findings);
    else checkSelector(selector, "spec.selector", findings);
    return findings;
  },
};
