"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { secondaryButton } from "@/app/_components/button-classes";
import { ROLES } from "@/lib/validations/user";

export interface AccountView {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly role: string;
  readonly disabled: boolean;
  readonly createdAt: string;
}

/** One account on /admin: its role picker and the disable/enable button, saved through PATCH /api/admin/users/[id]. */
export function AccountRowClient({ account, isSelf }: { account: AccountView; isSelf: boolean }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function change(body: { role?: string; disabled?: boolean }) {
    setBusy(true);
    setError(null);
    const response = await fetch(`/api/admin/users/${encodeURIComponent(account.id)}`, {
      method: "PATCH",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    }).catch(() => null);
    setBusy(false);
    if (!response) return setError("Could not reach the server: check the connection and try again.");
    if (!response.ok) {
      const reply = (await response.json().catch(() => ({}))) as { error?: string };
      return setError(reply.error ?? `The change failed (HTTP ${response.status}).`);
    }
    router.refresh();
  }

  const status = account.disabled ? "disabled" : "active";
  return (
    <tr className="border-b border-slate-100 align-top dark:border-slate-900" data-testid={`account-${account.email}`}>
      <td className="py-2 pr-4">
        {account.email} {isSelf && <span className="text-xs text-slate-500">(you)</span>}
        {error && <p role="status" className="mt-1 text-red-700 dark:text-red-400">{error}</p>}
      </td>
      <td className="py-2 pr-4">{account.name}</td>
      <td className="py-2 pr-4">{account.createdAt}</td>
      <td className="py-2 pr-4">
        <label className="sr-only" htmlFor={`role-${account.id}`}>Role of {account.email}</label>
        <select
          id={`role-${account.id}`}
          className="rounded border border-slate-300 bg-transparent px-2 py-1 dark:border-slate-700"
          value={account.role}
          disabled={busy}
          onChange={(event) => void change({ role: event.target.value })}
        >
          {ROLES.map((role) => (
            <option key={role} value={role}>{role}</option>
          ))}
        </select>
      </td>
      <td className="py-2 pr-4">
        <span className="mr-3">{status}</span>
        <button type="button" className={secondaryButton} disabled={busy} onClick={() => void change({ disabled: !account.disabled })}>
          {account.disabled ? "Enable" : "Disable"}
          <span className="sr-only"> {account.email}</span>
        </button>
      </td>
    </tr>
  );
}
