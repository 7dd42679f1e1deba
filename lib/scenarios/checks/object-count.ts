/** `objects`: how many objects of a kind exist (in a namespace, with labels, or whose field has a value). */
import { z } from "zod";
import { boundsShape, describeBounds, hasBound, withinBounds } from "./bounds";
import { failure, pass, type CheckOutcome, type ClusterView, type ConditionType } from "./check-type";
import { parsePath, readPath } from "./json-path";

export const objectsSchema = z
  .object({
    kind: z.string(),
    namespace: z.string().default("default"),
    labels: z.record(z.string(), z.string()).optional(),
    where: z.object({ path: z.string(), equals: z.union([z.string(), z.number(), z.boolean()]) }).strict().optional(),
    ...boundsShape,
  })
  .strict()
  .refine((p) => hasBound(p), { message: "give min, max or equals" })
  .refine((p) => p.where === undefined || typeof parsePath(p.where.path) !== "string", { message: "where.path is not a valid field path" });

export type ObjectsParams = z.infer<typeof objectsSchema>;

export function evaluateObjects(view: ClusterView, p: ObjectsParams): CheckOutcome {
  const segments = p.where ? parsePath(p.where.path) : [];
  const found = view.cluster.userObjects().filter((o) => {
    if (o.kind !== p.kind) return false;
    if (p.namespace !== "*" && (o.metadata.namespace ?? "default") !== p.namespace) return false;
    if (Object.entries(p.labels ?? {}).some(([k, v]) => o.metadata.labels?.[k] !== v)) return false;
    return !p.where || typeof segments === "string" || readPath(o, segments).includes(p.where.equals);
  });
  const names = found.map((o) => o.metadata.name ?? "");
  const what = `${p.kind} object${found.length === 1 ? "" : "s"}${p.where ? ` whose ${p.where.path} is ${String(p.where.equals)}` : ""}`;
  const list = names.length > 0 ? ` (${names.join(", ")})` : "";
  if (!withinBounds(found.length, p)) return failure(`there ${found.length === 1 ? "is" : "are"} ${found.length} ${what}${list}, expected ${describeBounds(p)}`);
  return pass(`${found.length} ${what}${list}`);
}

export const objectsCheck: ConditionType<ObjectsParams> = { kind: "condition", type: "objects", schema: objectsSchema, evaluate: evaluateObjects };
