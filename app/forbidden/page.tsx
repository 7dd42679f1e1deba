import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Not allowed" };

export default async function ForbiddenPage({ searchParams }: { searchParams: Promise<{ needs?: string }> }) {
  const { needs } = await searchParams;
  return (
    <section className="space-y-3">
      <h1 className="text-2xl font-semibold">403 — not allowed</h1>
      <p>
        This page needs the {needs === "admin" ? "admin" : "instructor"} role, and your account does not have it.
        Ask an admin to change your role, or go back to your <Link className="underline" href="/dashboard">dashboard</Link>.
      </p>
    </section>
  );
}
