import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/server/require-user";

export const metadata: Metadata = { title: "Instructor" };

export default async function InstructorPage() {
  const user = await requireUser("/instructor", { role: "instructor" });
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">Instructor area</h1>
      <p className="text-slate-600 dark:text-slate-300">Signed in as {user.email}. Classes and authored decks live here.</p>
      <Link href="/instructor/scenarios/editor" className="underline">Write a scenario</Link>
    </section>
  );
}
