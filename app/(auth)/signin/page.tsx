import type { Metadata } from "next";
import { safeCallbackPath } from "@/lib/validations/callback-path";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/server/current-user";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  const safeCallback = safeCallbackPath(callbackUrl);
  if (await getCurrentUser()) redirect(safeCallback); // already signed in: nothing to do here
  return (
    <section className="mx-auto max-w-sm">
      <h1 className="mb-4 text-2xl font-semibold">Sign in</h1>
      <SignInForm callbackUrl={safeCallback} />
    </section>
  );
}
