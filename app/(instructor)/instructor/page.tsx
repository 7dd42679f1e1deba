import type { Metadata } from "next";
import Link from "next/link";
import { listMyClasses } from "@/lib/server/classes/list-classes";
import { requireUser } from "@/lib/server/require-user";
import { CreateClassForm } from "./_components/create-class-form";

export const metadata: Metadata = { title: "Instructor" };

export default async function InstructorPage() {
  const user = await requireUser("/instructor", { role: "instructor" });
  const { teaching } = await listMyClasses(user);
  return (
    <section className="space-y-6">
      <h1 className="text-2xl font-semibold">Your classes</h1>
      <p className="text-slate-600 dark:text-slate-300">
        Create a class, share its join link, assign decks and scenarios, and see what your learners know — and which checks they fail.
      </p>
      <p>
        <Link href="/instructor/scenarios/editor" className="underline">Write a scenario</Link>
        {" · "}
        <Link href="/decks" className="underline">Your decks</Link>
      </p>
      <CreateClassForm />
      {teaching.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">No classes yet.</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800" data-testid="class-list">
          {teaching.map((taught) => (
            <li key={taught.id} className="flex flex-wrap items-center gap-3 p-4">
              <Link href={`/instructor/classes/${taught.id}`} className="font-medium underline">{taught.name}</Link>
              <span className="text-sm text-slate-600 dark:text-slate-400">
                {taught.members} learner{taught.members === 1 ? "" : "s"}, {taught.assignments} assignment{taught.assignments === 1 ? "" : "s"}
                {taught.role === "co" ? " · co-instructor" : taught.role === "admin" ? " · as admin" : ""}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
