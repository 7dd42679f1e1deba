/** Container names are DNS-1123 labels and unique across containers and init containers. */
import { str } from "../access";
import { duplicate, invalid, required } from "./messages";
import { dns1123Label } from "./name-syntax";
import { containersOf, podTemplateOf, POD_KINDS } from "./pod-templates";
import type { Rule, RuleFinding } from "./rule";

export const containerNames: Rule = {
  meta: { id: "container-names", title: "container names are valid DNS labels and unique in the pod", kinds: POD_KINDS },
  check(object) {
    const pod = podTemplateOf(object);
    if (!pod) return [];
    const findings: RuleFinding[] = [];
    const names = new Set<string>();
    for (const ref of containersOf(pod)) {
      const path = `${ref.path}.name`;
      const name = str(ref.container.name);
      if (name === undefined || name === "") {
        findings.push(required(path, undefined, "Give the container a name, e.g. name: web."));
        continue;
      }
      for (const problem of dns1123Label(name)) findings.push(invalid(path, name, problem, "Use lowercase letters, digits and '-'."));
      if (names.has(name)) findings.push(duplicate(path, name, "Each container (and init container) in a pod needs its own name."));
      names.add(name);
    }
    return findings;
  },
};
