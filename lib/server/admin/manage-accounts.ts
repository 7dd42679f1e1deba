/**
 * Admin operations on accounts: list them, change a role, disable and enable (used by the /admin
 * page's route and the CLI, so no `server-only`). The last enabled admin can be neither demoted nor
 * disabled, so the app always keeps someone who can manage it. A disabled account cannot sign in
 * (lib/server/auth.ts) and its existing sessions stop working (the session check in lib/server/session-user.ts reads only enabled accounts).
 */
import type { PrismaClient } from "@/prisma/generated/client";
import type { AccountChange } from "@/lib/validations/admin";
import { ApiError } from "../api-error";

export interface AccountRow {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly role: string;
  readonly disabledAt: Date | null;
  readonly createdAt: Date;
}

const accountFields = { id: true, email: true, name: true, role: true, disabledAt: true, createdAt: true } as const;

/** Every account, newest first. */
export async function listAccounts(db: PrismaClient): Promise<AccountRow[]> {
  return db.user.findMany({ orderBy: [{ createdAt: "desc" }, { email: "asc" }], select: accountFields });
}

export type AccountKey = { readonly id: string } | { readonly email: string };

function describeKey(key: AccountKey): string {
  return "id" in key ? `id ${key.id}` : key.email;
}

/** Applies `change` to the account; 404 when there is none, 422 when it would leave no enabled admin. */
export async function updateAccount(db: PrismaClient, key: AccountKey, change: AccountChange, now: Date): Promise<AccountRow> {
  return db.$transaction(async (tx) => {
    const where = "id" in key ? { id: key.id } : { email: key.email.trim().toLowerCase() };
    const account = await tx.user.findUnique({ where, select: accountFields });
    if (!account) throw new ApiError(404, `There is no account with ${describeKey(key)}.`);
    const losesAdmin = account.role === "admin" && account.disabledAt === null && ((change.role !== undefined && change.role !== "admin") || change.disabled === true);
    if (losesAdmin) {
      const otherAdmins = await tx.user.count({ where: { role: "admin", disabledAt: null, id: { not: account.id } } });
      if (otherAdmins === 0) {
        const field = change.disabled === true ? "disabled" : "role";
        const message = `${account.email} is the only enabled admin: make another account an admin first, so someone can still manage Kubedeck.`;
        throw new ApiError(422, message, [{ path: field, message }]);
      }
    }
    const disabledAt = change.disabled === undefined ? account.disabledAt : change.disabled ? (account.disabledAt ?? now) : null;
    return tx.user.update({ where: { id: account.id }, data: { role: change.role ?? account.role, disabledAt }, select: accountFields });
  });
}
