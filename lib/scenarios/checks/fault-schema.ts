/** The parameters of a `fault` check. */
import { z } from "zod";
import { compileConditions } from "./conditions";
import { podQuerySchema } from "./pod-query";

const conditionList = z.array(z.record(z.string(), z.unknown())).default([]);

export const faultSchema = z
  .object({
    action: z.enum(["apply-answer", "delete-each-pod", "delete-pod", "fail-each-node", "drain-each-node", "set-image", "add-node"]),
    pods: podQuerySchema.optional(),
    pod: z.string().optional(),
    namespace: z.string().default("default"),
    nodes: z.enum(["workers", "all"]).default("workers"),
    deployment: z.string().optional(),
    container: z.string().optional(),
    image: z.string().optional(),
    replacement: z.boolean().default(false),
    seconds: z.number().positive().optional(),
    hold: conditionList,
    after: conditionList,
  })
  .strict()
  .superRefine((p, ctx) => {
    const need = (field: keyof typeof p, why: string): void => {
      if (p[field] === undefined) ctx.addIssue({ code: "custom", path: [field], message: `required for ${why}` });
    };
    if (p.action === "delete-each-pod") need("pods", "delete-each-pod");
    if (p.action === "delete-pod") need("pod", "delete-pod");
    if (p.action === "set-image") for (const f of ["deployment", "container", "image"] as const) need(f, "set-image");
    for (const [list, items] of [["hold", p.hold], ["after", p.after]] as const) {
      for (const e of compileConditions(items, list).errors) ctx.addIssue({ code: "custom", path: [list], message: e });
    }
  });

export type FaultParams = z.infer<typeof faultSchema>;

