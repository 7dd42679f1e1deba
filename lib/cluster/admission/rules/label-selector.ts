/** Label-selector matching (matchLabels and matchExpressions), as the API server evaluates it. */
import { objects, list, str, stringMap, obj } from "../access";

export function selectorMatches(selector: unknown, labels: Record<string, string>): boolean {
  const sel = obj(selector);
  if (!sel) return false;
  for (const [k, v] of Object.entries(stringMap(sel.matchLabels))) if (labels[k] !== v) return false;
  for (const expression of objects(sel.matchExpressions)) {
    const key = str(expression.key) ?? "";
    const values = list(expression.values).filter((v): v is string => typeof v === "string");
    const has = Object.prototype.hasOwnProperty.call(labels, key);
    const value = labels[key];
    switch (expression.operator) {
      case "In":
        if (!has || value === undefined || !values.includes(value)) return false;
        break;
      case "NotIn":
        if (has && value !== undefined && values.includes(value)) return false;
        break;
      case "Exists":
        if (!has) return false;
        break;
      case "DoesNotExist":
        if (has) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

export function selectorIsEmpty(selector: unknown): boolean {
  const sel = obj(selector);
  if (!sel) return true;
  return Object.keys(stringMap(sel.matchLabels)).length === 0 && objects(sel.matchExpressions).length === 0;
}

/** Go's %v of a map[string]string, as the API server prints it in messages. */
export function showLabels(labels: Record<string, string>): string {
  const entries = Object.entries(labels).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`);
  return `map[string]string{${entries.join(", ")}}`;
}
