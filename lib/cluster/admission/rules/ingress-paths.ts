/** Ingress rules: pathType required, Exact/Prefix paths absolute, host names valid, one backend with one port. */
import { at, isObject, obj, objects, str, type JsonObject } from "../access";
import { invalid, required, unsupported } from "./messages";
import { dns1123Subdomain } from "./name-syntax";
import type { Rule, RuleFinding } from "./rule";

const PATH_TYPES = ["Exact", "Prefix", "ImplementationSpecific"];
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

function checkBackend(backend: JsonObject, path: string, findings: RuleFinding[]): void {
  const service = obj(backend.service);
  if (service && isObject(backend.resource)) findings.push(invalid(path, backend, "cannot set both service and resource backends"));
  if (!service && !isObject(backend.resource)) findings.push(required(`${path}.service`, undefined, "Name the Service to send traffic to: service: {name: web, port: {number: 80}}."));
  if (!service) return;
  if (!str(service.name)) findings.push(required(`${path}.service.name`));
  const port = obj(service.port);
  const hasName = port !== undefined && typeof port.name === "string" && port.name !== "";
  const hasNumber = port !== undefined && typeof port.number === "number" && port.number !== 0;
  if (hasName && hasNumber) findings.push(invalid(`${path}.service.port`, port, "cannot set both port name & port number"));
  else if (!hasName && !hasNumber) findings.push(required(`${path}.service.port`, "port name or number is required", "Give the Service port, e.g. port: {number: 80} or port: {name: http}."));
  const number = port?.number;
  if (typeof number === "number" && (number < 1 || number > 65535)) findings.push(invalid(`${path}.service.port.number`, number, "must be between 1 and 65535, inclusive"));
}

function checkPath(entry: JsonObject, path: string, findings: RuleFinding[]): void {
  const pathType = str(entry.pathType);
  const value = str(entry.path);
  if (pathType === undefined) {
    findings.push(required(`${path}.pathType`, "pathType must be specified", "Add pathType: Prefix (matches /api and /api/...) or Exact (matches only the path)."));
  } else if (!PATH_TYPES.includes(pathType)) {
    findings.push(unsupported(`${path}.pathType`, pathType, PATH_TYPES));
  }
  if (value !== undefined && value !== "" && !value.startsWith("/")) {
    findings.push(invalid(`${path}.path`, value, "must be an absolute path", `Start the path with '/', e.g. /${value}.`));
  } else if (value !== undefined && (pathType === "Exact" || pathType === "Prefix")) {
    for (const bad of ["//", "/./", "/../", "%2f", "%2F"]) if (value.includes(bad)) findings.push(invalid(`${path}.path`, value, `must not contain '${bad}'`));
    if (value.endsWith("/..") || value.endsWith("/.")) findings.push(invalid(`${path}.path`, value, "must not end with '/..' or '/.'"));
  } else if (value === undefined && pathType !== "ImplementationSpecific" && pathType !== undefined) {
    findings.push(required(`${path}.path`, `must be specified when pathType is ${pathType}`, "Add path: / to match everything."));
  }
  const backend = obj(entry.backend);
  if (backend) checkBackend(backend, `${path}.backend`, findings);
  else findings.push(required(`${path}.backend`));
}

function checkHost(host: string, path: string, findings: RuleFinding[]): void {
  if (IPV4.test(host) || host.includes(":")) {
    findings.push(invalid(path, host, "must be a DNS name, not an IP address", "Ingress rules match the Host header by name; leave host out to match any host."));
    return;
  }
  const name = host.startsWith("*.") ? host.slice(2) : host;
  const problems = [...dns1123Subdomain(name)];
  if (host.includes("*") && !host.startsWith("*.")) problems.push("a wildcard DNS-1123 subdomain must start with '*.', followed by a valid DNS subdomain");
  for (const problem of problems) findings.push(invalid(path, host, problem));
}

export const ingressPaths: Rule = {
  meta: { id: "ingress-paths", title: "Ingress rules have valid hosts, typed absolute paths and one backend each", kinds: ["Ingress"] },
  check(object) {
    const findings: RuleFinding[] = [];
    const rules = objects(at(object, "spec", "rules"));
    const defaultBackend = obj(at(object, "spec", "defaultBackend"));
    if (rules.length === 0 && !defaultBackend) findings.push(invalid("spec", "", "either `defaultBackend` or `rules` must be specified", "Add rules with host and paths, or a defaultBackend."));
    if (defaultBackend) checkBackend(defaultBackend, "spec.defaultBackend", findings);
    rules.forEach((rule, r) => {
      const host = str(rule.host);
      if (host) checkHost(host, `spec.rules[${r}].host`, findings);
      const http = obj(rule.http);
      if (!http) return;
      const paths = objects(http.paths);
      if (paths.length === 0) findings.push(required(`spec.rules[${r}].http.paths`));
      paths.forEach((entry, p) => checkPath(entry, `spec.rules[${r}].http.paths[${p}]`, findings));
    });
    const className = str(at(object, "spec", "ingressClassName"));
    if (className) for (const problem of dns1123Subdomain(className)) findings.push(invalid("spec.ingressClassName", className, problem));
    return findings;
  },
};
