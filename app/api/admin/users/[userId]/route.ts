import { readJsonBody } from "@/lib/server/api-error";
import { updateAccount } from "@/lib/server/admin/manage-accounts";
import { db } from "@/lib/server/db";
import { withUser } from "@/lib/server/with-user";
import { updateAccountSchema } from "@/lib/validations/admin";

/** Changes an account's role and/or disables or enables it (admins only): `{ role?, disabled? }`. */
export const PATCH = withUser<{ userId: string }>(
  async (request, { params }) => {
    const change = updateAccountSchema.parse(await readJsonBody(request));
    const user = await updateAccount(db, { id: params.userId }, change, new Date());
    return Response.json({ user });
  },
  { role: "admin" },
);
