/**
 * Unknown fields, reported the way `kubectl apply --validate=strict` does:
 * `unknown field "spec.replica"`, plus a "did you mean" when a real field is close, or a word on
 * indentation when the field belongs one level up or inside a neighbouring list item.
 */
import { isObject } from "../access";
import { formatPath, type PathSegment } from "../path";
import { closestName } from "../suggest";
import { isKnownField } from "./schema-gaps";
import type { NodeRecord, Tracker } from "./tracking-proxy";

export interface SchemaFinding {
  path: string;
  message: string;
}

/** An object-valued child of a node (for a list, its first item) and what its schema knows. */
interface ChildRecord {
  readonly name: string;
  readonly list: boolean;
  readonly record: NodeRecord;
}

/**
 * The children a misplaced field may belong in, found once per node: looking through every field of
 * the node for each unknown one made 9,000 unknown fields cost 14 s (issue 12).
 */
function childRecords(value: Record<string, unknown>, tracker: Tracker): ChildRecord[] {
  const out: ChildRecord[] = [];
  for (const [name, child] of Object.entries(value)) {
    const first = Array.isArray(child) ? child[0] : child;
    if (first === null || typeof first !== "object" || Array.isArray(first)) continue;
    const record = tracker.recordOf(first);
    if (record && !record.enumerated) out.push({ name, list: Array.isArray(child), record });
  }
  return out;
}

/** Where else the misplaced field would be known: a child object or list item of the same node. */
function knownInChild(children: readonly ChildRecord[], name: string, segments: PathSegment[]): string | undefined {
  const child = children.find((candidate) => candidate.record.known.has(name));
  if (!child) return undefined;
  return formatPath(child.list ? [...segments, { field: child.name }, { index: 0 }] : [...segments, { field: child.name }]);
}

interface Parent {
  record: NodeRecord;
  segments: PathSegment[];
}

/** Fields learners write for another one that spelling distance does not find. */
const MEANT: Readonly<Record<string, readonly string[]>> = {
  port: ["containerPort"],
  containerPort: ["targetPort", "port"],
  secret: ["secretRef", "secretKeyRef", "secretName"],
  configMap: ["configMapRef", "configMapKeyRef"],
  storageClass: ["storageClassName"],
  serviceAccount: ["serviceAccountName"],
};

/** Fields that belong inside a sibling object the manifest does not have yet. */
const INSIDE: Readonly<Record<string, string>> = {
  requests: "resources",
  limits: "resources",
  matchLabels: "selector",
};

function hintFor(name: string, children: () => readonly ChildRecord[], record: NodeRecord, ancestors: readonly Parent[], segments: PathSegment[]): string {
  const suggestion = closestName(name, record.known) ?? MEANT[name]?.find((candidate) => record.known.has(candidate));
  if (suggestion) return ` Did you mean "${suggestion}"?`;
  const container = INSIDE[name];
  if (container && record.known.has(container)) return ` "${name}" goes inside "${container}": ${container}: {${name}: …}.`;
  const child = knownInChild(children(), name, segments);
  if (child) return ` "${name}" is a field of ${child}: check the indentation, it probably belongs inside that item.`;
  const owner = ancestors.find((a) => !a.record.enumerated && a.record.known.has(name));
  if (owner) {
    const up = formatPath(owner.segments);
    return ` "${name}" is a field of ${up === "" ? "the object itself" : up}: check the indentation, it probably belongs further up.`;
  }
  return " Remove it, or check its spelling and indentation.";
}

/** Objects and lists: the only values with fields of their own to check (scalars have none). */
function isNode(value: unknown): value is object {
  return typeof value === "object" && value !== null;
}

export function findUnknownFields(document: unknown, tracker: Tracker): SchemaFinding[] {
  const findings: SchemaFinding[] = [];
  /** ancestors: nearest first */
  const visit = (value: unknown, segments: PathSegment[], ancestors: readonly Parent[]): void => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        if (isNode(item)) visit(item, [...segments, { index: i }], ancestors);
      });
      return;
    }
    if (!isObject(value)) return;
    const record = tracker.recordOf(value);
    // Not looked at: a free-form object (x-kubernetes-preserve-unknown-fields) or a part the
    // validator never reached because its parent had the wrong type. Either way, nothing to say.
    if (!record) return;
    const fields = value;
    const inner: readonly Parent[] = [{ record, segments }, ...ancestors];
    let children: ChildRecord[] | undefined;
    const childrenOnce = (): readonly ChildRecord[] => (children ??= childRecords(fields, tracker));
    for (const [name, child] of Object.entries(fields)) {
      if (record.enumerated) {
        if (isNode(child)) visit(child, [...segments, { key: name }], inner);
      } else if (isKnownField(record, name)) {
        if (isNode(child)) visit(child, [...segments, { field: name }], inner);
      } else {
        const path = formatPath([...segments, { field: name }]);
        findings.push({ path, message: `unknown field "${path}".${hintFor(name, childrenOnce, record, ancestors, segments)}` });
      }
    }
  };
  visit(document, [], []);
  return findings;
}
