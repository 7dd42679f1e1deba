"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { primaryButton } from "@/app/_components/button-classes";
import { FormField } from "@/app/_components/form-field";
import { ACCOUNT_DISABLED, ACCOUNT_DISABLED_MESSAGE } from "@/lib/validations/user";

/** "TooManySignIns.<seconds>" comes from the brute-force limits (lib/server/auth/throttle-sign-in.ts). */
function signInErrorMessage(error: string | null | undefined): string {
  if (error === ACCOUNT_DISABLED) return ACCOUNT_DISABLED_MESSAGE;
  const limited = /^TooManySignIns\.(\d+)$/.exec(error ?? "");
  if (limited) {
    const minutes = Math.ceil(Number(limited[1]) / 60);
    const at = new Date(Date.now() + Number(limited[1]) * 1000).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
    return `Too many failed sign-ins for this account. Try again in ${minutes} minute${minutes === 1 ? "" : "s"} (at ${at}).`;
  }
  return "Email or password is wrong. Check both and try again.";
}

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    setPending(false);
    if (!result || result.error) {
      setError(signInErrorMessage(result?.error));
      return;
    }
    router.replace(callbackUrl);
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormField label="Email" name="email" type="email" autoComplete="email" required />
      <FormField label="Password" name="password" type="password" autoComplete="current-password" required />
      {error && <p role="status" className="text-sm text-red-700 dark:text-red-400">{error}</p>}
      <button type="submit" className={`${primaryButton} w-full`} disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
      <p className="text-sm">
        New here? <Link href="/signup" className="text-sky-700 underline dark:text-sky-400">Create an account</Link>
      </p>
    </form>
  );
}
