/** NetworkPolicy peers and ports: one kind of peer per entry, valid CIDRs, ports in range, known policy types. */
import { at, isObject, list, num, objects, str, type JsonObject } from "../access";
import { forbidden, invalid, unsupported } from "./messages";
import type { Rule, RuleFinding } from "./rule";

const IPV4_CIDR = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;

export function cidrProblem(cidr: string): string | undefined {
  if (cidr.includes(":")) return /^[0-9a-fA-F:.]+\/\d{1,3}$/.test(cidr) && Number(cidr.split("/")[1]) <= 128 ? undefined : "must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)";
  const match = IPV4_CIDR.exec(cidr);
  if (!match) return "must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)";
  const octets = match.slice(1, 5).map(Number);
  if (octets.some((o) => o > 255) || Number(match[5]) > 32) return "must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)";
  return undefined;
}

function checkPeers(peers: JsonObject[], path: string, findings: RuleFinding[]): void {
  peers.forEach((peer, i) => {
    const base = `${path}[${i}]`;
    const block = peer.ipBlock;
    const selectors = ["podSelector", "namespaceSelector"].filter((k) => isObject(peer[k]));
    if (isObject(block) && selectors.length > 0) findings.push(forbidden(base, "may not specify both ipBlock and another peer", "Use separate entries: one with ipBlock, another with podSelector/namespaceSelector."));
    if (!isObject(block) && selectors.length === 0) findings.push({ path: base, message: `${base}: Required value: must specify a peer` });
    if (!isObject(block)) return;
    const cidr = str(block.cidr) ?? "";
    const problem = cidrProblem(cidr);
    if (problem) findings.push(invalid(`${base}.ipBlock.cidr`, cidr, problem));
    list(block.except).forEach((except, e) => {
      if (typeof except !== "string") return;
      const exceptProblem = cidrProblem(except);
      if (exceptProblem) findings.push(invalid(`${base}.ipBlock.except[${e}]`, except, exceptProblem));
    });
  });
}

function checkPorts(ports: JsonObject[], path: string, findings: RuleFinding[]): void {
  ports.forEach((port, i) => {
    const base = `${path}[${i}]`;
    const number = num(port.port);
    if (number !== undefined && (number < 1 || number > 65535)) findings.push(invalid(`${base}.port`, number, "must be between 1 and 65535, inclusive"));
    const endPort = num(port.endPort);
    if (endPort !== undefined) {
      if (number === undefined) findings.push({ path: `${base}.endPort`, message: `${base}.endPort: Invalid value: ${endPort}: may not be specified when \`port\` is not a number` });
      else if (endPort < number) findings.push(invalid(`${base}.endPort`, endPort, "must be greater than or equal to `port`"));
    }
  });
}

export const networkPolicy: Rule = {
  meta: { id: "network-policy", title: "NetworkPolicy peers, CIDRs, ports and policy types are valid", kinds: ["NetworkPolicy"] },
  check(object) {
    const findings: RuleFinding[] = [];
    objects(at(object, "spec", "ingress")).forEach((rule, r) => {
      checkPeers(objects(rule.from), `spec.ingress[${r}].from`, findings);
      checkPorts(objects(rule.ports), `spec.ingress[${r}].ports`, findings);
    });
    objects(at(object, "spec", "egress")).forEach((rule, r) => {
      checkPeers(objects(rule.to), `spec.egress[${r}].to`, findings);
      checkPorts(objects(rule.ports), `spec.egress[${r}].ports`, findings);
    });
    list(at(object, "spec", "policyTypes")).forEach((type, i) => {
      if (type !== "Ingress" && type !== "Egress") findings.push(unsupported(`spec.policyTypes[${i}]`, type, ["Ingress", "Egress"]));
    });
    return findings;
  },
};
