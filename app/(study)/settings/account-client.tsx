"use client";

import { signOut } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { secondaryButton } from "@/app/_components/button-classes";
import { FormField } from "@/app/_components/form-field";

interface FieldErrors {
  readonly [path: string]: string;
}

/** Sends one account change; returns the field errors of a refusal, or null when it succeeded. */
async function send(method: "PUT" | "DELETE", url: string, body: Record<string, string>): Promise<FieldErrors | null> {
  const response = await fetch(url, { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  if (response.ok) return null;
  const reply = (await response.json().catch(() => ({}))) as { error?: string; issues?: { path: string; message: string }[] };
  const errors: Record<string, string> = { form: reply.error ?? "Something went wrong. Please try again." };
  for (const issue of reply.issues ?? []) errors[issue.path] = issue.message;
  return errors;
}

/** Change password and delete account: both confirm the current password and end the session. */
export function AccountClient() {
  const [passwordErrors, setPasswordErrors] = useState<FieldErrors>({});
  const [deleteErrors, setDeleteErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);

  async function changePassword(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    const errors = await send("PUT", "/api/me/password", { currentPassword: String(form.get("currentPassword") ?? ""), newPassword: String(form.get("newPassword") ?? "") });
    setBusy(false);
    if (errors) return setPasswordErrors(errors);
    await signOut({ callbackUrl: "/signin?callbackUrl=%2Fsettings" });
  }

  async function deleteAccount(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!window.confirm("Delete your account, your own decks, reviews and scenario attempts for good?")) return;
    const form = new FormData(event.currentTarget);
    setBusy(true);
    const errors = await send("DELETE", "/api/me", { password: String(form.get("password") ?? "") });
    setBusy(false);
    if (errors) return setDeleteErrors(errors);
    await signOut({ callbackUrl: "/" });
  }

  return (
    <section className="space-y-6" aria-labelledby="account-heading">
      <h2 id="account-heading" className="text-xl font-semibold">Account</h2>
      <form onSubmit={changePassword} className="max-w-md space-y-3" noValidate>
        <h3 className="font-medium">Change password</h3>
        <p className="text-sm text-slate-600 dark:text-slate-400">You will be signed out everywhere and sign in again with the new password.</p>
        <FormField label="Current password" name="currentPassword" type="password" autoComplete="current-password" required error={passwordErrors.currentPassword} />
        <FormField label="New password" name="newPassword" type="password" autoComplete="new-password" required error={passwordErrors.newPassword} />
        {passwordErrors.form && !passwordErrors.currentPassword && !passwordErrors.newPassword && <p role="status" className="text-sm text-red-700 dark:text-red-400">{passwordErrors.form}</p>}
        <button type="submit" className={secondaryButton} disabled={busy}>Change password</button>
      </form>
      <form onSubmit={deleteAccount} className="max-w-md space-y-3" noValidate>
        <h3 className="font-medium">Delete account</h3>
        <p className="text-sm text-slate-600 dark:text-slate-400">Deletes your account with your own decks, card progress, reviews and scenario attempts. Built-in content stays.</p>
        <FormField label="Password" name="password" type="password" autoComplete="current-password" required error={deleteErrors.password} />
        {deleteErrors.form && !deleteErrors.password && <p role="status" className="text-sm text-red-700 dark:text-red-400">{deleteErrors.form}</p>}
        <button type="submit" className={`${secondaryButton} text-red-700 dark:text-red-400`} disabled={busy}>Delete my account</button>
      </form>
    </section>
  );
}
