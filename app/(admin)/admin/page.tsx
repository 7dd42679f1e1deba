import type { Metadata } from "next";
import { listAccounts } from "@/lib/server/admin/manage-accounts";
import { db } from "@/lib/server/db";
import { requireUser } from "@/lib/server/require-user";
import { AccountRowClient } from "./account-row-client";

export const metadata: Metadata = { title: "Accounts" };

export default async function AdminPage() {
  const admin = await requireUser("/admin", { role: "admin" });
  const accounts = await listAccounts(db);
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">Accounts</h1>
      <p className="text-slate-600 dark:text-slate-300">
        Change a role or disable an account. A disabled account cannot sign in and its sessions stop at once; its data is kept.
        The only enabled admin can be neither demoted nor disabled. The same from a shell: <code>npx kubedeck user:list</code>.
      </p>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Every account, newest first</caption>
          <thead>
            <tr className="border-b border-slate-200 dark:border-slate-800">
              <th scope="col" className="py-2 pr-4">Email</th>
              <th scope="col" className="py-2 pr-4">Name</th>
              <th scope="col" className="py-2 pr-4">Created</th>
              <th scope="col" className="py-2 pr-4">Role</th>
              <th scope="col" className="py-2 pr-4">Status</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((account) => (
              <AccountRowClient
                key={account.id}
                account={{ id: account.id, email: account.email, name: account.name, role: account.role, disabled: account.disabledAt !== null, createdAt: account.createdAt.toISOString().slice(0, 10) }}
                isSelf={account.id === admin.id}
              />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
