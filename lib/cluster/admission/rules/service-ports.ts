/** Service ports: present unless headless or ExternalName, in range, named when several, unique, valid nodePorts. */
import { at, objects, str } from "../access";
import { duplicate, forbidden, invalid, required, unsupported } from "./messages";
import { dns1123Label, portName } from "./name-syntax";
import type { Rule, RuleFinding } from "./rule";

const TYPES = ["ClusterIP", "NodePort", "LoadBalancer", "ExternalName"];

export const servicePorts: Rule = {
  meta: { id: "service-ports", title: "a Service's ports are present, valid, uniquely named and in range", kinds: ["Service"] },
  check(object) {
    const findings: RuleFinding[] = [];
    const type = str(at(object, "spec", "type")) ?? "ClusterIP";
    const clusterIP = str(at(object, "spec", "clusterIP"));
    const ports = objects(at(object, "spec", "ports"));
    if (!TYPES.includes(type)) return [unsupported("spec.type", type, TYPES)];
    if (type === "ExternalName") {
      const external = str(at(object, "spec", "externalName"));
      if (!external) findings.push(required("spec.externalName", undefined, "An ExternalName Service needs the DNS name it points to, e.g. externalName: db.example.com."));
      if (clusterIP && clusterIP !== "") findings.push(forbidden("spec.clusterIP", "may not be set for ExternalName services"));
      return findings;
    }
    if (ports.length === 0 && clusterIP !== "None") {
      findings.push(required("spec.ports", undefined, "Add at least one port, e.g. ports: [{port: 80, targetPort: 8080}]; only a headless Service (clusterIP: None) may have none."));
    }
    if (clusterIP === "None" && type !== "ClusterIP") findings.push(invalid("spec.clusterIP", clusterIP, `may not be set to 'None' for ${type} services`));
    const names = new Set<string>();
    const seen = new Set<string>();
    ports.forEach((port, i) => {
      const path = `spec.ports[${i}]`;
      const name = str(port.name);
      if (ports.length > 1 && (name === undefined || name === "")) findings.push(required(`${path}.name`, undefined, "When a Service has more than one port, each needs a name (e.g. http, metrics)."));
      if (name) {
        for (const problem of dns1123Label(name)) findings.push(invalid(`${path}.name`, name, problem));
        if (names.has(name)) findings.push(duplicate(`${path}.name`, name, "Give each port a different name."));
        names.add(name);
      }
      const number = port.port;
      if (typeof number === "number" && (number < 1 || number > 65535)) findings.push(invalid(`${path}.port`, number, "must be between 1 and 65535, inclusive"));
      const key = `${String(number)}/${String(port.protocol ?? "TCP")}`;
      if (seen.has(key)) findings.push(duplicate(path, { port: number, protocol: port.protocol ?? "TCP" }, "Two ports of a Service may not share the same port number and protocol."));
      seen.add(key);
      const target = port.targetPort;
      if (typeof target === "number" && (target < 1 || target > 65535)) findings.push(invalid(`${path}.targetPort`, target, "must be between 1 and 65535, inclusive"));
      if (typeof target === "string") for (const problem of portName(target)) findings.push(invalid(`${path}.targetPort`, target, problem, "A named targetPort must match a container port's name (at most 15 characters, lowercase)."));
      const nodePort = port.nodePort;
      if (typeof nodePort === "number" && nodePort !== 0) {
        if (type === "ClusterIP") findings.push(forbidden(`${path}.nodePort`, "may not be used when `type` is 'ClusterIP'", "Remove nodePort, or set type: NodePort."));
        else if (nodePort < 30000 || nodePort > 32767) findings.push(invalid(`${path}.nodePort`, nodePort, "provided port is not in the valid range. The range of valid ports is 30000-32767"));
      }
    });
    return findings;
  },
};
