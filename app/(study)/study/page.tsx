import type { Metadata } from "next";
import { ensureContentSynced } from "@/lib/server/ensure-content";
import { requireUser } from "@/lib/server/require-user";
import { loadStudyQueue } from "@/lib/server/study/load-study-queue";
import { StudyClient } from "./study-client";

export const metadata: Metadata = { title: "Study" };

export default async function StudyPage({ searchParams }: { searchParams: Promise<{ deck?: string | string[] }> }) {
  const { deck } = await searchParams;
  const decks = (Array.isArray(deck) ? deck : deck ? [deck] : []).slice(0, 100);
  const query = decks.map((id) => `deck=${encodeURIComponent(id)}`).join("&");
  const user = await requireUser(`/study${query ? `?${query}` : ""}`);
  await ensureContentSynced();
  const initial = await loadStudyQueue(user.id, decks, new Date());
  return (
    <section className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-2xl font-semibold">Study</h1>
      <p className="key-hint text-sm text-slate-600 dark:text-slate-400">
        Keys: Space or Enter shows the answer, then rates Good (a quiz: your pick's grade) · 1 Again · 2 Hard · 3 Good · 4 Easy · Z undo. For a quiz, press the number of your choice.
      </p>
      <StudyClient initial={initial} decks={decks} />
    </section>
  );
}
