/** Container ports: numbers in 1–65535, names as IANA service names (≤15 chars) unique in the container. */
import { objects, str } from "../access";
import { duplicate, invalid, required } from "./messages";
import { portName } from "./name-syntax";
import { containersOf, podTemplateOf, POD_KINDS } from "./pod-templates";
import type { Rule, RuleFinding } from "./rule";

function inRange(value: unknown): boolean {
  return typeof value === "number" && value >= 1 && value <= 65535;
}

export const containerPorts: Rule = {
  meta: { id: "container-ports", title: "container ports are in range and uniquely, validly named", kinds: POD_KINDS },
  check(object) {
    const pod = podTemplateOf(object);
    if (!pod) return [];
    const findings: RuleFinding[] = [];
    for (const { container, path: base } of containersOf(pod)) {
      const names = new Set<string>();
      objects(container.ports).forEach((port, i) => {
        const path = `${base}.ports[${i}]`;
        if (port.containerPort === undefined) findings.push(required(`${path}.containerPort`));
        else if (!inRange(port.containerPort)) findings.push(invalid(`${path}.containerPort`, port.containerPort, "must be between 1 and 65535, inclusive"));
        if (port.hostPort !== undefined && port.hostPort !== 0 && !inRange(port.hostPort)) findings.push(invalid(`${path}.hostPort`, port.hostPort, "must be between 1 and 65535, inclusive"));
        const name = str(port.name);
        if (name === undefined) return;
        for (const problem of portName(name)) findings.push(invalid(`${path}.name`, name, problem, "Port names are short lowercase labels such as http or metrics."));
        if (names.has(name)) findings.push(duplicate(`${path}.name`, name));
        names.add(name);
      });
    }
    return findings;
  },
};
