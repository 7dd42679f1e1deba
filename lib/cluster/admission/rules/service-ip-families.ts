/** Services may ask only for the IP families the cluster has: a single-stack IPv4 cluster refuses IPv6 and dual-stack. */
import { at, list, str } from "../access";
import { invalid } from "./messages";
import type { Rule, RuleFinding } from "./rule";

export const serviceIPFamilies: Rule = {
  meta: { id: "service-ip-families", title: "a Service asks only for IP families the cluster is configured for", kinds: ["Service"] },
  check(object, env) {
    const findings: RuleFinding[] = [];
    const configured: readonly string[] = env.serviceIPFamilies;
    const policy = str(at(object, "spec", "ipFamilyPolicy"));
    if (policy === "RequireDualStack" && configured.length < 2) {
      findings.push(invalid("spec.ipFamilyPolicy", policy, "this cluster is not configured for dual-stack services", `This cluster is single-stack ${configured.join("")}: use ipFamilyPolicy SingleStack or PreferDualStack.`));
    }
    list(at(object, "spec", "ipFamilies")).forEach((family, i) => {
      if (typeof family === "string" && !configured.includes(family)) {
        findings.push(invalid(`spec.ipFamilies[${i}]`, family, "not configured on this cluster", `This cluster gives Services only ${configured.join(" and ")} addresses: remove ${family} from ipFamilies.`));
      }
    });
    const families = list(at(object, "spec", "ipFamilies"));
    if (families.length === 2 && families[0] === families[1]) findings.push(invalid("spec.ipFamilies[1]", families[1], "may not be duplicated"));
    list(at(object, "spec", "clusterIPs")).forEach((ip, i) => {
      if (typeof ip === "string" && ip.includes(":") && !configured.includes("IPv6")) {
        findings.push(invalid(`spec.clusterIPs[${i}]`, ip, "not configured on this cluster", "Remove the IPv6 clusterIP; this cluster allocates IPv4 addresses only."));
      }
    });
    return findings;
  },
};
