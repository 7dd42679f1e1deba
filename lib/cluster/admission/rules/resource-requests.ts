/** Container resources: quantities are not negative and requests do not exceed limits. */
import { obj } from "../access";
import { invalid } from "./messages";
import { containersOf, podTemplateOf, POD_KINDS } from "./pod-templates";
import { parseQuantity } from "../../util/quantity";
import type { Rule, RuleFinding } from "./rule";

export const resourceRequests: Rule = {
  meta: { id: "resource-requests", title: "resource requests are non-negative and at most their limits", kinds: POD_KINDS },
  check(object) {
    const pod = podTemplateOf(object);
    if (!pod) return [];
    const findings: RuleFinding[] = [];
    for (const { container, path: base } of containersOf(pod)) {
      const path = `${base}.resources`;
      const resources = obj(container.resources);
      const requests = obj(resources?.requests) ?? {};
      const limits = obj(resources?.limits) ?? {};
      for (const [kind, map] of [["requests", requests], ["limits", limits]] as const) {
        for (const [name, value] of Object.entries(map)) {
          const amount = parseQuantity(value);
          if (Number.isFinite(amount) && amount < 0) findings.push(invalid(`${path}.${kind}[${name}]`, String(value), "must be greater than or equal to 0"));
        }
      }
      for (const [name, value] of Object.entries(requests)) {
        const limit = limits[name];
        if (limit === undefined) continue;
        const request = parseQuantity(value);
        const max = parseQuantity(limit);
        if (Number.isFinite(request) && Number.isFinite(max) && request > max) {
          findings.push(invalid(`${path}.requests[${name}]`, String(value), `must be less than or equal to ${name} limit of ${String(limit)}`, `Lower the request or raise the limit: a container may not request more ${name} than it is allowed to use.`));
        }
      }
    }
    return findings;
  },
};
