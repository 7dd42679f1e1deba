"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { primaryButton } from "@/app/_components/button-classes";
import { FormField } from "@/app/_components/form-field";

interface FieldIssue {
  path: string;
  message: string;
}

const FIELDS = ["name", "email", "password"];

const SIGN_IN_FAILED = "Signing in with this email and password failed. If the email is yours already, sign in with its password; otherwise use another email.";

/** The first message for each field of the form (zod may report several for one field). */
function firstIssuePerField(issues: readonly FieldIssue[], fields: readonly string[]): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const issue of issues) if (fields.includes(issue.path) && !(issue.path in byField)) byField[issue.path] = issue.message;
  return byField;
}

export function SignUpForm() {
  const router = useRouter();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const body = { name: String(form.get("name") ?? ""), email: String(form.get("email") ?? ""), password: String(form.get("password") ?? "") };
    setPending(true);
    setError(null);
    setFieldErrors({});
    try {
      const response = await fetch("/api/signup", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      if (!response.ok) {
        const payload = (await response.json().catch(() => ({}))) as { error?: string; issues?: FieldIssue[] };
        const byField = firstIssuePerField(payload.issues ?? [], FIELDS);
        setFieldErrors(byField);
        // One message per field, beside it; the summary only for what no field shows.
        setError(Object.keys(byField).length > 0 ? null : (payload.error ?? "Sign-up failed. Please try again."));
        return;
      }
      const result = await signIn("credentials", { email: body.email, password: body.password, redirect: false });
      if (!result || result.error) {
        // Sign-up answers the same for an address that has an account (issue 12), so a failure here
        // is the sign-in form's own: shown at the email field, the one message for it.
        setFieldErrors({ email: SIGN_IN_FAILED });
        return;
      }
      router.replace("/dashboard");
      router.refresh();
    } catch {
      setError("Could not reach the server. Check your connection and try again.");
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormField label="Name" name="name" autoComplete="name" error={fieldErrors.name} />
      <FormField label="Email" name="email" type="email" autoComplete="email" required error={fieldErrors.email} />
      <FormField label="Password (8 characters or more)" name="password" type="password" autoComplete="new-password" required error={fieldErrors.password} />
      {error && <p role="status" className="text-sm text-red-700 dark:text-red-400">{error}</p>}
      <button type="submit" className={`${primaryButton} w-full`} disabled={pending}>
        {pending ? "Creating account…" : "Sign up"}
      </button>
      <p className="text-sm">
        Already have an account? <Link href="/signin" className="text-sky-700 underline dark:text-sky-400">Sign in</Link>
      </p>
    </form>
  );
}
