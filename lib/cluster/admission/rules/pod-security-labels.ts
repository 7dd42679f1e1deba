/** Pod Security Admission labels on a Namespace name a real level and version (the PodSecurity plugin refuses others). */
import { invalid } from "./messages";
import type { Rule, RuleFinding } from "./rule";

const LEVELS = ["privileged", "baseline", "restricted"];
const MODES = ["enforce", "audit", "warn"];
const VERSION = /^(latest|v1\.(0|[1-9][0-9]*))$/;

export const podSecurityLabels: Rule = {
  meta: { id: "pod-security-labels", title: "Pod Security Admission namespace labels name a valid level and version", kinds: ["Namespace"] },
  check(object) {
    const findings: RuleFinding[] = [];
    for (const [key, value] of Object.entries(object.metadata.labels ?? {})) {
      if (!key.startsWith("pod-security.kubernetes.io/")) continue;
      const setting = key.slice("pod-security.kubernetes.io/".length);
      const at = `metadata.labels[${key}]`;
      if (MODES.includes(setting) && !LEVELS.includes(value)) {
        findings.push({ ...invalid(`metadata.labels[${key}]`, value, `must be one of ${LEVELS.join(", ")}`), at });
      } else if (MODES.some((mode) => setting === `${mode}-version`) && !VERSION.test(value)) {
        findings.push({ ...invalid(`metadata.labels[${key}]`, value, 'must be "latest" or "v1.x" (e.g. v1.33)'), at });
      }
    }
    return findings;
  },
};
