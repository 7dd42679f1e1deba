import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { JoinCodeForm } from "@/app/_components/join-code-form";
import { normaliseJoinCode } from "@/lib/classes/join-code";
import { requireUser } from "@/lib/server/require-user";

export const metadata: Metadata = { title: "Join a class" };

/** Type the code an instructor gave you (or paste the link): the class's join page opens, nothing is joined yet. */
export default async function JoinWithCodePage({ searchParams }: { searchParams: Promise<{ code?: string | string[] }> }) {
  await requireUser("/join");
  const { code } = await searchParams;
  const typed = normaliseJoinCode(typeof code === "string" ? code : "");
  if (typed) redirect(`/join/${encodeURIComponent(typed)}`);
  return (
    <section className="space-y-3">
      <h1 className="text-2xl font-semibold">Join a class</h1>
      <p className="text-sm text-slate-600 dark:text-slate-400">Enter the join code your instructor gave you, or paste their link. You see what they will see before you join.</p>
      <JoinCodeForm />
    </section>
  );
}
