/** What an admin may change about an account (the /admin page, its route and the CLI share it). */
import { z } from "zod";
import { roleSchema } from "./user";

export const updateAccountSchema = z
  .object({
    role: roleSchema.optional(),
    disabled: z.boolean({ error: "disabled must be true or false." }).optional(),
  })
  .strict()
  .refine((change) => change.role !== undefined || change.disabled !== undefined, "Send a new role, disabled: true or false, or both.");
export type AccountChange = z.infer<typeof updateAccountSchema>;
