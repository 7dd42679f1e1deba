/**
 * Unknown fields, reported the way `kubectl apply --validate=strict` does:
 * `unknown field "spec.replica"`, plus a "did you mean" when a real field is close.
 */
import { formatPath, type PathSegment } from "../path";
import { closestName } from "../suggest";
import type { Tracker } from "./tracking-proxy";

export interface SchemaFinding {
  path: string;
  message: string;
}

export function findUnknownFields(document: unknown, tracker: Tracker): SchemaFinding[] {
  const findings: SchemaFinding[] = [];
  const visit = (value: unknown, segments: PathSegment[]): void => {
    if (value === null || typeof value !== "object") return;
    if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, [...segments, { index: i }]));
      return;
    }
    const record = tracker.recordOf(value);
    // Not looked at: a free-form object (x-kubernetes-preserve-unknown-fields) or a part the
    // validator never reached because its parent had the wrong type. Either way, nothing to say.
    if (!record) return;
    for (const [name, child] of Object.entries(value)) {
      if (record.enumerated) {
        visit(child, [...segments, { key: name }]);
        continue;
      }
      if (record.known.has(name)) {
        visit(child, [...segments, { field: name }]);
        continue;
      }
      const path = formatPath([...segments, { field: name }]);
      const suggestion = closestName(name, record.known);
      const hint = suggestion ? ` Did you mean "${suggestion}"?` : " Remove it, or check its indentation: it may belong one level up or down.";
      findings.push({ path, message: `unknown field "${path}".${hint}` });
    }
  };
  visit(document, []);
  return findings;
}
