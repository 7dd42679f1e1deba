/**
 * Label selectors as the API server evaluates them: Service selectors (a plain map, every pair must
 * match) and LabelSelectors with matchLabels and matchExpressions (NetworkPolicy).
 */
import { asArray, asLabels, asRecord, asString, type Labels } from "./fields";

export function matchesMap(selector: Labels, labels: Labels): boolean {
  return Object.entries(selector).every(([key, value]) => labels[key] === value);
}

interface Requirement { key: string; operator: string; values: string[] }

export interface LabelSelector { matchLabels: Labels; matchExpressions: Requirement[] }

/** Reads a LabelSelector; `undefined` stays `undefined` (absent), `{}` selects everything. */
export function readLabelSelector(value: unknown): LabelSelector | undefined {
  if (value === undefined || value === null) return undefined;
  const r = asRecord(value);
  return {
    matchLabels: asLabels(r.matchLabels),
    matchExpressions: asArray(r.matchExpressions).map((e) => {
      const x = asRecord(e);
      return {
        key: asString(x.key) ?? "",
        operator: asString(x.operator) ?? "",
        values: asArray(x.values).filter((v): v is string => typeof v === "string"),
      };
    }),
  };
}

function matchesRequirement(req: Requirement, labels: Labels): boolean {
  const value = labels[req.key];
  switch (req.operator) {
    case "In": return value !== undefined && req.values.includes(value);
    case "NotIn": return value === undefined || !req.values.includes(value);
    case "Exists": return value !== undefined;
    case "DoesNotExist": return value === undefined;
    default: return false;
  }
}

export function matchesSelector(selector: LabelSelector, labels: Labels): boolean {
  return matchesMap(selector.matchLabels, labels) && selector.matchExpressions.every((r) => matchesRequirement(r, labels));
}

/** `app=web,tier=front` — how kubectl prints a selector. */
export function formatLabels(labels: Labels): string {
  const pairs = Object.entries(labels).map(([k, v]) => `${k}=${v}`);
  return pairs.length > 0 ? pairs.join(",") : "(no labels)";
}

export function formatSelector(selector: LabelSelector): string {
  const parts = Object.entries(selector.matchLabels).map(([k, v]) => `${k}=${v}`);
  for (const r of selector.matchExpressions) {
    if (r.operator === "Exists") parts.push(r.key);
    else if (r.operator === "DoesNotExist") parts.push(`!${r.key}`);
    else parts.push(`${r.key} ${r.operator.toLowerCase()} (${r.values.join(",")})`);
  }
  return parts.length > 0 ? parts.join(",") : "(all pods)";
}
