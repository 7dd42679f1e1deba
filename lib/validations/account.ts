/** Account self-service: the schemas the settings forms and the /api/me routes share. */
import { z } from "zod";
import { passwordSchema } from "./user";

export const changePasswordSchema = z.object({
  currentPassword: z.string({ error: "Your current password is required." }).min(1, "Your current password is required."),
  newPassword: passwordSchema,
});
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

export const deleteAccountSchema = z.object({
  password: z.string({ error: "Type your password to confirm." }).min(1, "Type your password to confirm."),
});
