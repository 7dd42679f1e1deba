/**
 * `field`: a field of one object (found by kind, namespace and name) must exist, equal a value, be
 * one of several, or match a pattern. For tasks that are about structure (a headless Service), not
 * behaviour.
 */
import { z } from "zod";
import { failure, pass, type CheckOutcome, type ClusterView, type ConditionType } from "./check-type";
import { parsePath, readPath } from "./json-path";

const scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const fieldSchema = z
  .object({
    object: z.object({ kind: z.string(), name: z.string(), namespace: z.string().optional() }).strict(),
    path: z.string().optional(),
    exists: z.boolean().optional(),
    equals: scalar.optional(),
    oneOf: z.array(scalar).optional(),
    matches: z.string().optional(),
  })
  .strict()
  .refine((p) => p.path === undefined || typeof parsePath(p.path) !== "string", { message: "path is not a valid field path" })
  .refine((p) => p.matches === undefined || validRegex(p.matches), { message: "matches is not a valid regular expression" });

function validRegex(source: string): boolean {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}

export type FieldParams = z.infer<typeof fieldSchema>;

const show = (v: unknown): string => (typeof v === "string" ? v : JSON.stringify(v));

export function evaluateField(view: ClusterView, p: FieldParams): CheckOutcome {
  const { kind, name } = p.object;
  const namespace = p.object.namespace ?? (kind === "Node" || kind === "Namespace" || kind.endsWith("Class") ? undefined : "default");
  const o = view.cluster.get(kind, namespace, name);
  const label = `${kind} ${name}${namespace && namespace !== "default" ? ` in namespace ${namespace}` : ""}`;
  if (!o) {
    const others = view.cluster.userObjects().filter((x) => x.kind === kind && x.metadata.namespace === namespace).map((x) => x.metadata.name ?? "");
    const hint = others.length > 0 ? `; there ${others.length === 1 ? "is" : "are"} ${kind} ${others.join(", ")}` : "";
    return p.exists === false && p.path === undefined ? pass(`there is no ${label}`) : failure(`there is no ${label}${hint}`);
  }
  if (p.path === undefined) return p.exists === false ? failure(`${label} exists but should not`) : pass(`${label} exists`);
  const segments = parsePath(p.path);
  const values = typeof segments === "string" ? [] : readPath(o, segments);
  const where = `${label}: ${p.path}`;
  if (values.length === 0) return p.exists === false ? pass(`${where} is not set`) : failure(`${where} is not set`);
  if (p.exists === false) return failure(`${where} is ${show(values[0])} but should not be set`);
  const regex = p.matches !== undefined ? new RegExp(p.matches) : undefined;
  for (const v of values) {
    if (p.equals !== undefined && v !== p.equals) return failure(`${where} is ${show(v)}, expected ${show(p.equals)}`);
    if (p.oneOf && !p.oneOf.some((x) => x === v)) return failure(`${where} is ${show(v)}, expected one of ${p.oneOf.map(show).join(", ")}`);
    if (regex && !regex.test(show(v))) return failure(`${where} is ${show(v)}, which does not match ${p.matches ?? ""}`);
  }
  return pass(`${where} is ${values.map(show).join(", ")}`);
}

export const fieldCheck: ConditionType<FieldParams> = { kind: "condition", type: "field", schema: fieldSchema, evaluate: evaluateField };
