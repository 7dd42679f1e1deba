"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { secondaryButton } from "@/app/_components/button-classes";
import type { ApiTokenSummary } from "@/lib/validations/api-token";

const input = "mt-1 block w-full rounded border border-slate-300 bg-white px-3 py-2 text-base dark:border-slate-700 dark:bg-slate-900";

function day(iso: string | null, none: string): string {
  return iso ? new Date(iso).toLocaleDateString() : none;
}

/** Settings → API tokens: create (shown once), list with last use, revoke. */
export function ApiTokensClient({ tokens }: { tokens: ApiTokenSummary[] }) {
  const router = useRouter();
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const days = String(form.get("days") ?? "").trim();
    const response = await fetch("/api/tokens", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: String(form.get("name") ?? ""), scope: String(form.get("scope") ?? "read"), ...(days ? { days: Number(days) } : {}) }),
    });
    const data = (await response.json().catch(() => ({}))) as { name?: string; token?: string; error?: string };
    if (!response.ok || !data.token) return setError(data.error ?? `The server answered ${response.status}.`);
    setError(null);
    setCreated({ name: data.name ?? "", token: data.token });
    router.refresh();
  }

  async function revoke(id: string) {
    const response = await fetch(`/api/tokens/${id}`, { method: "DELETE" });
    if (!response.ok) return setError(`Could not revoke the token (${response.status}).`);
    router.refresh();
  }

  return (
    <section className="space-y-4" aria-label="API tokens">
      <h2 className="text-xl font-semibold">API tokens</h2>
      <p className="text-sm text-slate-600 dark:text-slate-400">For scripts and CI: <code>Authorization: Bearer &lt;token&gt;</code> on <code>/api/v1</code>, or <code>npx kubedeck push --token</code>.</p>
      <form onSubmit={create} className="grid gap-3 sm:grid-cols-[1fr_8rem_8rem_auto] sm:items-end">
        <label className="block text-sm font-medium">Name<input name="name" required maxLength={80} placeholder="course CI" className={input} /></label>
        <label className="block text-sm font-medium">Scope<select name="scope" className={input}><option value="read">read</option><option value="write">write</option></select></label>
        <label className="block text-sm font-medium">Expires in days<input name="days" type="number" min={1} max={3650} placeholder="never" className={input} /></label>
        <button type="submit" className={secondaryButton}>Create token</button>
      </form>
      {created && (
        <div role="status" className="space-y-1 rounded border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-700 dark:bg-amber-950">
          <p>Token “{created.name}” — copy it now, it is shown only once:</p>
          <code className="block break-all font-mono" data-testid="new-token">{created.token}</code>
        </div>
      )}
      {error && <p role="alert" className="text-sm text-red-700">{error}</p>}
      {tokens.length > 0 && (
        <table className="w-full text-left text-sm">
          <thead><tr><th>Name</th><th>Scope</th><th>Created</th><th>Expires</th><th>Last used</th><th /></tr></thead>
          <tbody>
            {tokens.map((token) => (
              <tr key={token.id} className="border-t border-slate-200 dark:border-slate-800">
                <td>{token.name} <span className="text-slate-500">…{token.hint}</span></td>
                <td>{token.scope}</td>
                <td>{day(token.createdAt, "")}</td>
                <td>{token.expired ? "expired" : day(token.expiresAt, "never")}</td>
                <td>{day(token.lastUsedAt, "never")}</td>
                <td><button type="button" className="underline" onClick={() => revoke(token.id)}>Revoke {token.name}</button></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
