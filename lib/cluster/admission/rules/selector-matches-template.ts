/** A controller's selector is set and selects its own pod template's labels. */
import type { KubeObject } from "../../object";
import { at, obj, stringMap } from "../access";
import { forbidden, invalid, required } from "./messages";
import { selectorIsEmpty, selectorMatches, showLabels } from "./label-selector";
import type { Rule, RuleFinding } from "./rule";

const APPS_KINDS = ["Deployment", "ReplicaSet", "StatefulSet", "DaemonSet"];

function checkApps(object: KubeObject): RuleFinding[] {
  const selector = at(object, "spec", "selector");
  const labels = stringMap(at(object, "spec", "template", "metadata", "labels"));
  if (selector === undefined || selector === null) {
    return [required("spec.selector", undefined, `Add spec.selector.matchLabels with the same labels as spec.template.metadata.labels (e.g. app: ${object.metadata.name ?? "web"}).`)];
  }
  if (selectorIsEmpty(selector)) {
    return [invalid("spec.selector", selector, `empty selector is invalid for ${object.kind.toLowerCase()}`, "Give it matchLabels that also appear in the pod template's labels.")];
  }
  if (!selectorMatches(selector, labels)) {
    const fix = `The selector picks the pods this ${object.kind} owns, so every label in spec.selector.matchLabels must also be in spec.template.metadata.labels with the same value.`;
    return [{ path: "spec.template.metadata.labels", message: `spec.template.metadata.labels: Invalid value: ${showLabels(labels)}: \`selector\` does not match template \`labels\`. ${fix}` }];
  }
  return [];
}

function checkOptional(object: KubeObject): RuleFinding[] {
  // ReplicationController and Job default their selector from the template; an explicit one must still match.
  const selector = at(object, "spec", "selector");
  if (selector === undefined || selector === null) return [];
  const labels = stringMap(at(object, "spec", "template", "metadata", "labels"));
  if (object.kind === "ReplicationController") {
    const wanted = stringMap(selector);
    const matches = Object.entries(wanted).every(([k, v]) => labels[k] === v);
    return matches ? [] : [{ path: "spec.template.metadata.labels", message: `spec.template.metadata.labels: Invalid value: ${showLabels(labels)}: \`selector\` does not match template \`labels\`. Make every label of spec.selector appear in the template's labels.` }];
  }
  const manual = at(object, "spec", "manualSelector") === true;
  if (!manual) {
    return [forbidden("spec.selector", "`selector` will be auto-generated", "Remove spec.selector (the Job controller generates one), or set spec.manualSelector: true if you really need your own.")];
  }
  if (!obj(selector) || !selectorMatches(selector, labels)) {
    return [{ path: "spec.template.metadata.labels", message: `spec.template.metadata.labels: Invalid value: ${showLabels(labels)}: \`selector\` does not match template \`labels\`` }];
  }
  return [];
}

export const selectorMatchesTemplate: Rule = {
  meta: { id: "selector-matches-template", title: "a controller's selector matches its pod template's labels", kinds: [...APPS_KINDS, "ReplicationController", "Job"] },
  check(object) {
    return APPS_KINDS.includes(object.kind) ? checkApps(object) : checkOptional(object);
  },
};
