/**
 * Label selectors as admission sees them (untyped JSON), narrowed to the cluster's LabelSelector so
 * one evaluator (lib/cluster/util/labels) decides matches everywhere.
 */
import { selectorMatches as clusterSelectorMatches, type LabelSelector, type LabelSelectorRequirement } from "../../util/labels";
import { list, obj, objects, str, stringMap } from "../access";

function toLabelSelector(value: unknown): LabelSelector | undefined {
  const sel = obj(value);
  if (!sel) return undefined;
  const matchExpressions: LabelSelectorRequirement[] = objects(sel.matchExpressions).map((e) => ({
    key: str(e.key) ?? "",
    operator: str(e.operator) ?? "",
    values: list(e.values).filter((v): v is string => typeof v === "string"),
  }));
  return { matchLabels: stringMap(sel.matchLabels), matchExpressions };
}

export function selectorMatches(selector: unknown, labels: Record<string, string>): boolean {
  return clusterSelectorMatches(toLabelSelector(selector), labels);
}

export function selectorIsEmpty(selector: unknown): boolean {
  const sel = obj(selector);
  return !sel || (Object.keys(stringMap(sel.matchLabels)).length === 0 && objects(sel.matchExpressions).length === 0);
}

/** Go's %v of a map[string]string, as the API server prints it in messages. */
export function showLabels(labels: Record<string, string>): string {
  const entries = Object.entries(labels).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`);
  return `map[string]string{${entries.join(", ")}}`;
}
