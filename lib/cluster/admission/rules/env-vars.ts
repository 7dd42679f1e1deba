/** env and envFrom: valid names, value XOR valueFrom, exactly one source per valueFrom and envFrom entry. */
import { isObject, objects, str } from "../access";
import { invalid, required } from "./messages";
import { containersOf, podTemplateOf, POD_KINDS } from "./pod-templates";
import type { Rule, RuleFinding } from "./rule";

const VALUE_SOURCES = ["fieldRef", "resourceFieldRef", "configMapKeyRef", "secretKeyRef", "fileKeyRef"];
const PRINTABLE_NO_EQUALS = /^[ -<>-~]+$/;

export const envVars: Rule = {
  meta: { id: "env-vars", title: "environment variables have valid names and exactly one source", kinds: POD_KINDS },
  check(object) {
    const pod = podTemplateOf(object);
    if (!pod) return [];
    const findings: RuleFinding[] = [];
    for (const { container, path: base } of containersOf(pod)) {
      objects(container.env).forEach((env, i) => {
        const path = `${base}.env[${i}]`;
        const name = str(env.name);
        if (!name) findings.push(required(`${path}.name`));
        else if (!PRINTABLE_NO_EQUALS.test(name)) findings.push(invalid(`${path}.name`, name, "a valid environment variable name must consist only of printable ASCII characters other than '='"));
        const valueFrom = env.valueFrom;
        if (!isObject(valueFrom)) return;
        if (typeof env.value === "string" && env.value !== "") {
          findings.push(invalid(`${path}.valueFrom`, "", "may not be specified when `value` is not empty", "Use either value (a literal) or valueFrom (from a ConfigMap, Secret or field), not both."));
        }
        const sources = VALUE_SOURCES.filter((k) => isObject(valueFrom[k]));
        if (sources.length === 0) findings.push(invalid(`${path}.valueFrom`, "", "must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`"));
        if (sources.length > 1) findings.push(invalid(`${path}.valueFrom`, "", "may not have more than one field specified at a time"));
        for (const ref of ["configMapKeyRef", "secretKeyRef"]) {
          const selector = valueFrom[ref];
          if (!isObject(selector)) continue;
          if (!str(selector.key)) findings.push(required(`${path}.valueFrom.${ref}.key`, undefined, "Name the key to read, e.g. key: DB_HOST."));
          if (!str(selector.name)) findings.push(required(`${path}.valueFrom.${ref}.name`, undefined, `Name the ${ref === "secretKeyRef" ? "Secret" : "ConfigMap"} to read from.`));
        }
      });
      objects(container.envFrom).forEach((source, i) => {
        const path = `${base}.envFrom[${i}]`;
        const refs = ["configMapRef", "secretRef"].filter((k) => isObject(source[k]));
        if (refs.length === 0) findings.push(invalid(path, "", "must specify one of: `configMapRef` or `secretRef`"));
        if (refs.length > 1) findings.push(invalid(path, "", "may not have more than one field specified at a time", "Use one envFrom entry per ConfigMap or Secret."));
        for (const ref of refs) {
          const target = source[ref];
          if (isObject(target) && !str(target.name)) findings.push(required(`${path}.${ref}.name`));
        }
      });
    }
    return findings;
  },
};
