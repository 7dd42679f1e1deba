/**
 * Reading LabelSelectors from loose objects and printing labels as kubectl does. Matching itself is
 * the engine's one implementation in `../util/labels` (`selectorMatches`, `mapSelectorMatches`).
 */
import type { LabelSelector } from "../util/labels";
import { asArray, asLabels, asRecord, asString, type Labels } from "./fields";

export type { LabelSelector };

/** Reads a LabelSelector; `undefined` stays `undefined` (absent), `{}` selects everything. */
export function readLabelSelector(value: unknown): LabelSelector | undefined {
  if (value === undefined || value === null) return undefined;
  const r = asRecord(value);
  return {
    matchLabels: { ...asLabels(r.matchLabels) },
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

/** `app=web,tier=front` — how kubectl prints labels. */
export function formatLabels(labels: Labels): string {
  const pairs = Object.entries(labels).map(([k, v]) => `${k}=${v}`);
  return pairs.length > 0 ? pairs.join(",") : "(no labels)";
}
