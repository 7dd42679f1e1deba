import { listAccounts } from "@/lib/server/admin/manage-accounts";
import { db } from "@/lib/server/db";
import { withUser } from "@/lib/server/with-user";

/** Every account, newest first, with its role and whether it is disabled (admins only). */
export const GET = withUser(async () => Response.json({ users: await listAccounts(db) }), { role: "admin" });
