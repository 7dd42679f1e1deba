/** LimitRange bounds are ordered: min ≤ defaultRequest ≤ default ≤ max for every resource. */
import { at, obj, objects } from "../access";
import { invalid } from "./messages";
import { parseQuantity } from "../../util/quantity";
import type { Rule, RuleFinding } from "./rule";

const ORDER = [
  ["min", "defaultRequest", "min value %a is greater than default request value %b"],
  ["defaultRequest", "default", "default request value %a is greater than default limit value %b"],
  ["default", "max", "default value %a is greater than max value %b"],
  ["min", "max", "min value %a is greater than max value %b"],
] as const;

export const limitRange: Rule = {
  meta: { id: "limit-range", title: "a LimitRange's min, default request, default and max are in order", kinds: ["LimitRange"] },
  check(object) {
    const findings: RuleFinding[] = [];
    objects(at(object, "spec", "limits")).forEach((item, i) => {
      for (const [low, high, text] of ORDER) {
        const lows = obj(item[low]) ?? {};
        const highs = obj(item[high]) ?? {};
        for (const [resource, lowValue] of Object.entries(lows)) {
          const highValue = highs[resource];
          const a = parseQuantity(lowValue);
          const b = parseQuantity(highValue);
          if (!Number.isFinite(a) || !Number.isFinite(b) || a <= b) continue;
          const message = text.replace("%a", String(lowValue)).replace("%b", String(highValue));
          findings.push(invalid(`spec.limits[${i}].${low}[${resource}]`, String(lowValue), message, `Keep ${low} at or below ${high} for ${resource}.`));
        }
      }
    });
    return findings;
  },
};
