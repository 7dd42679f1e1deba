/** HorizontalPodAutoscaler defaults: at least one replica, CPU at 80% when no metric is given, and a partly written behavior completed. */
import type { KubeObject } from "../../object";
import { ensureObject, isObject, setDefault, type JsonObject } from "../access";

function defaultRules(rules: JsonObject, window: number, policies: JsonObject[]): void {
  setDefault(rules, "stabilizationWindowSeconds", window);
  setDefault(rules, "selectPolicy", "Max");
  setDefault(rules, "policies", policies);
}

export function defaultHorizontalPodAutoscaler(hpa: KubeObject): void {
  const spec = ensureObject(hpa, "spec");
  setDefault(spec, "minReplicas", 1);
  if (hpa.apiVersion !== "autoscaling/v2") return;
  if (spec.metrics === undefined || (Array.isArray(spec.metrics) && spec.metrics.length === 0)) {
    spec.metrics = [{ type: "Resource", resource: { name: "cpu", target: { type: "Utilization", averageUtilization: 80 } } }];
  }
  // Only a behavior the user started is completed, as the API server does.
  if (!isObject(spec.behavior)) return;
  defaultRules(ensureObject(spec.behavior, "scaleUp"), 0, [
    { type: "Pods", value: 4, periodSeconds: 15 },
    { type: "Percent", value: 100, periodSeconds: 15 },
  ]);
  defaultRules(ensureObject(spec.behavior, "scaleDown"), 300, [{ type: "Percent", value: 100, periodSeconds: 15 }]);
}
