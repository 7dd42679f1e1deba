/** Job settings that only make sense together: Indexed needs completions, per-index limits need Indexed, pod failure policies need restartPolicy Never. */
import { at, isObject, num, str } from "../access";
import type { KubeObject } from "../../object";
import { invalid, required } from "./messages";
import type { Rule, RuleFinding } from "./rule";

function checkJobSpec(spec: unknown, base: string, findings: RuleFinding[]): void {
  const mode = str(at(spec, "completionMode")) ?? "NonIndexed";
  const completions = num(at(spec, "completions"));
  if (mode === "Indexed" && completions === undefined) findings.push(required(`${base}.completions`, "when completion mode is Indexed", "Say how many indexes to run, e.g. completions: 5."));
  if (mode === "Indexed" && completions !== undefined && completions > 100000) findings.push(invalid(`${base}.completions`, completions, "must be less than or equal to 100000 when completion mode is Indexed"));
  if (at(spec, "backoffLimitPerIndex") !== undefined && mode !== "Indexed") findings.push(invalid(`${base}.backoffLimitPerIndex`, at(spec, "backoffLimitPerIndex"), "requires indexed completion mode"));
  const policy = str(at(spec, "template", "spec", "restartPolicy"));
  if (isObject(at(spec, "podFailurePolicy")) && policy !== undefined && policy !== "Never") {
    findings.push(invalid(`${base}.template.spec.restartPolicy`, policy, 'only "Never" is supported when podFailurePolicy is specified'));
  }
  const parallelism = num(at(spec, "parallelism"));
  if (mode === "Indexed" && parallelism !== undefined && parallelism > 100000) findings.push(invalid(`${base}.parallelism`, parallelism, "must be less than or equal to 100000 when completion mode is Indexed"));
}

export const jobSpec: Rule = {
  meta: { id: "job-spec", title: "a Job's completion mode, completions and failure policy fit together", kinds: ["Job", "CronJob"] },
  check(object: KubeObject) {
    const findings: RuleFinding[] = [];
    if (object.kind === "Job") checkJobSpec(object.spec, "spec", findings);
    else checkJobSpec(at(object, "spec", "jobTemplate", "spec"), "spec.jobTemplate.spec", findings);
    return findings;
  },
};
