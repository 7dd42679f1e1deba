import type { Metadata } from "next";
import { requireUser } from "@/lib/server/require-user";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const user = await requireUser("/dashboard");
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">Welcome, {user.name}</h1>
      <p className="text-slate-600 dark:text-slate-300">Your decks, reviews due today and scenario results appear here.</p>
    </section>
  );
}
