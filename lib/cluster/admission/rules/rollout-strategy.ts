/** Deployment and DaemonSet update strategies: maxSurge and maxUnavailable valid and not both zero; Recreate has no rollingUpdate. */
import type { KubeObject } from "../../object";
import { at, obj, str } from "../access";
import { forbidden, invalid } from "./messages";
import type { Rule, RuleFinding } from "./rule";

const PERCENT = /^(\d+)%$/;

function isZero(value: unknown): boolean {
  return value === 0 || value === "0%" || value === "0";
}

function checkIntOrPercent(value: unknown, path: string, findings: RuleFinding[]): void {
  if (typeof value === "number") {
    if (value < 0) findings.push(invalid(path, value, "must be greater than or equal to 0"));
    return;
  }
  if (typeof value !== "string") return;
  const match = PERCENT.exec(value);
  if (!match) findings.push(invalid(path, value, "a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')"));
  else if (Number(match[1]) > 100) findings.push(invalid(path, value, "must not be greater than 100%"));
}

function statefulSetStrategy(object: KubeObject): RuleFinding[] {
  const strategy = obj(at(object, "spec", "updateStrategy"));
  if (!strategy) return [];
  const rolling = obj(strategy.rollingUpdate);
  if (!rolling) return [];
  if (strategy.type !== "RollingUpdate") {
    return [invalid("spec.updateStrategy.rollingUpdate", rolling, "only allowed for updateStrategy 'RollingUpdate'", "Remove rollingUpdate, or set type: RollingUpdate.")];
  }
  const findings: RuleFinding[] = [];
  const partition = rolling.partition;
  if (typeof partition === "number" && partition < 0) findings.push(invalid("spec.updateStrategy.rollingUpdate.partition", partition, "must be greater than or equal to 0"));
  const maxUnavailable = rolling.maxUnavailable;
  if (maxUnavailable !== undefined) {
    checkIntOrPercent(maxUnavailable, "spec.updateStrategy.rollingUpdate.maxUnavailable", findings);
    if (isZero(maxUnavailable)) findings.push(invalid("spec.updateStrategy.rollingUpdate.maxUnavailable", maxUnavailable, "must be greater than 0"));
  }
  return findings;
}

export const rolloutStrategy: Rule = {
  meta: { id: "rollout-strategy", title: "rolling-update parameters are valid and allow progress", kinds: ["Deployment", "DaemonSet", "StatefulSet"] },
  check(object) {
    const findings: RuleFinding[] = [];
    if (object.kind === "StatefulSet") return statefulSetStrategy(object);
    const field = object.kind === "Deployment" ? "strategy" : "updateStrategy";
    const strategy = obj(at(object, "spec", field));
    if (!strategy) return findings;
    const type = str(strategy.type);
    const rolling = obj(strategy.rollingUpdate);
    const base = `spec.${field}`;
    if (type !== "RollingUpdate" && rolling) {
      findings.push(forbidden(`${base}.rollingUpdate`, `may not be specified when strategy \`type\` is '${type ?? ""}'`, "Remove rollingUpdate, or set type: RollingUpdate."));
      return findings;
    }
    if (!rolling) return findings;
    checkIntOrPercent(rolling.maxSurge, `${base}.rollingUpdate.maxSurge`, findings);
    checkIntOrPercent(rolling.maxUnavailable, `${base}.rollingUpdate.maxUnavailable`, findings);
    if (object.kind === "Deployment" && isZero(rolling.maxSurge) && isZero(rolling.maxUnavailable)) {
      findings.push(invalid(`${base}.rollingUpdate.maxUnavailable`, rolling.maxUnavailable, "may not be 0 when `maxSurge` is 0", "With both at 0 a rollout could never replace a pod: allow at least one extra pod (maxSurge: 1) or one unavailable pod."));
    }
    if (object.kind === "DaemonSet" && isZero(rolling.maxSurge) && isZero(rolling.maxUnavailable)) {
      findings.push(invalid(`${base}.rollingUpdate.maxUnavailable`, rolling.maxUnavailable, "cannot be 0 when maxSurge is 0"));
    }
    return findings;
  },
};
