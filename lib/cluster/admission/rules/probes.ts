/** Probes and lifecycle hooks name exactly one handler; liveness and startup probes need successThreshold 1. */
import { isObject, num, objects, type JsonObject } from "../access";
import { forbidden, invalid, required } from "./messages";
import { portName } from "./name-syntax";
import { podTemplateOf, POD_KINDS } from "./pod-templates";
import type { Rule, RuleFinding } from "./rule";

const HANDLERS = ["exec", "httpGet", "tcpSocket", "grpc"];
const HOOK_HANDLERS = ["exec", "httpGet", "tcpSocket", "sleep"];

function checkPort(handler: JsonObject, path: string, findings: RuleFinding[]): void {
  for (const kind of ["httpGet", "tcpSocket", "grpc"]) {
    const action = handler[kind];
    if (!isObject(action)) continue;
    const port = action.port;
    const portPath = `${path}.${kind}.port`;
    if (typeof port === "number" && (port < 1 || port > 65535)) findings.push(invalid(portPath, port, "must be between 1 and 65535, inclusive"));
    if (typeof port === "string") for (const problem of portName(port)) findings.push(invalid(portPath, port, problem, "Use the container port's number, or the name given to it under ports[].name."));
  }
}

function checkHandler(handler: JsonObject, path: string, kinds: readonly string[], findings: RuleFinding[]): void {
  checkPort(handler, path, findings);
  const present = kinds.filter((k) => handler[k] !== undefined && handler[k] !== null);
  if (present.length === 0) findings.push(required(path, "must specify a handler type", `Add one of ${kinds.join(", ")}, e.g. httpGet: {path: /healthz, port: 8080}.`));
  for (const extra of present.slice(1)) findings.push(forbidden(`${path}.${extra}`, "may not specify more than 1 handler type", `Keep only one of ${present.join(" and ")}.`));
}

export const probes: Rule = {
  meta: { id: "probes", title: "probes and lifecycle hooks have exactly one handler and sane thresholds", kinds: POD_KINDS },
  check(object) {
    const pod = podTemplateOf(object);
    if (!pod) return [];
    const findings: RuleFinding[] = [];
    objects(pod.spec.containers).forEach((container, c) => {
      const base = `${pod.specPath}.containers[${c}]`;
      for (const name of ["livenessProbe", "readinessProbe", "startupProbe"]) {
        const probe = container[name];
        if (!isObject(probe)) continue;
        const path = `${base}.${name}`;
        checkHandler(probe, path, HANDLERS, findings);
        const success = num(probe.successThreshold);
        if (name !== "readinessProbe" && success !== undefined && success !== 1) findings.push(invalid(`${path}.successThreshold`, success, "must be 1", `A ${name} counts one success as enough.`));
        for (const field of ["periodSeconds", "timeoutSeconds", "successThreshold", "failureThreshold"]) {
          const value = num(probe[field]);
          if (value !== undefined && value < 1) findings.push(invalid(`${path}.${field}`, value, "must be greater than or equal to 1"));
        }
        const initial = num(probe.initialDelaySeconds);
        if (initial !== undefined && initial < 0) findings.push(invalid(`${path}.initialDelaySeconds`, initial, "must be greater than or equal to 0"));
      }
      const lifecycle = container.lifecycle;
      if (isObject(lifecycle)) {
        for (const hook of ["postStart", "preStop"]) {
          const handler = lifecycle[hook];
          if (isObject(handler)) checkHandler(handler, `${base}.lifecycle.${hook}`, HOOK_HANDLERS, findings);
        }
      }
    });
    return findings;
  },
};
