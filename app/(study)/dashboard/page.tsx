import type { Metadata } from "next";
import Link from "next/link";
import { primaryButton, secondaryButton } from "@/app/_components/button-classes";
import { listMyClasses } from "@/lib/server/classes/list-classes";
import { listMyAssignments } from "@/lib/server/classes/my-assignments";
import { listVisibleDecks } from "@/lib/server/decks/list-decks";
import { ensureContentSynced } from "@/lib/server/ensure-content";
import { requireUser } from "@/lib/server/require-user";
import { deckStudyCounts } from "@/lib/server/study/deck-study-counts";
import { loadStudyQueue } from "@/lib/server/study/load-study-queue";
import { StudyCountsLine } from "@/app/_components/study-counts";
import { AssignmentsSection } from "./assignments-section";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const user = await requireUser("/dashboard");
  await ensureContentSynced();
  const now = new Date();
  const [queue, decks, assignments, classes] = await Promise.all([loadStudyQueue(user.id, [], now), listVisibleDecks(user.id), listMyAssignments(user.id, now), listMyClasses(user)]);
  const due = queue.counts.learning + queue.counts.review + queue.counts.new;
  const perDeck = await deckStudyCounts(user.id, decks.map((deck) => deck.id), now);
  const ownDecks = decks.filter((deck) => deck.ownedByMe);
  return (
    <section className="space-y-6">
      <h1 className="text-2xl font-semibold">Welcome, {user.name}</h1>
      <div className="rounded-lg border border-slate-200 p-5 dark:border-slate-800">
        <h2 className="text-lg font-medium">Today</h2>
        <p className="mt-1" data-testid="due-today">
          {due > 0
            ? `${due} card${due === 1 ? "" : "s"} to study now: ${queue.counts.review} to review, ${queue.counts.learning} in learning, ${queue.counts.new} new.`
            : "Nothing is due right now. Come back later, or import your own notes."}{" "}
          You have answered {queue.doneToday} today.
        </p>
        <ul className="mt-3 divide-y divide-slate-200 text-sm dark:divide-slate-800" aria-label="Decks today">
          {decks.map((deck) => {
            const counts = perDeck.get(deck.id);
            return (
              <li key={deck.id} className="flex flex-wrap items-center justify-between gap-2 py-2" data-testid="deck-today">
                <Link className="min-h-11 content-center underline" href={`/study?deck=${encodeURIComponent(deck.id)}`}>{deck.title}</Link>
                {counts && <StudyCountsLine counts={counts} />}
              </li>
            );
          })}
        </ul>
        <div className="mt-4 flex flex-wrap gap-3">
          {due > 0 && <Link href="/study" className={primaryButton}>Study everything due</Link>}
          <Link href="/decks" className={secondaryButton}>Browse decks</Link>
          <Link href="/decks/import" className={secondaryButton}>Import my notes</Link>
        </div>
      </div>
      <AssignmentsSection assignments={assignments} classes={classes.member} />
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="rounded-lg border border-slate-200 p-5 dark:border-slate-800">
          <h2 className="text-lg font-medium">Curriculum</h2>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
            {decks.filter((deck) => deck.origin === "builtin").length} built-in decks,{" "}
            {decks.filter((deck) => deck.origin === "builtin").reduce((sum, deck) => sum + deck.total, 0)} cards.
          </p>
        </div>
        <div className="rounded-lg border border-slate-200 p-5 dark:border-slate-800">
          <h2 className="text-lg font-medium">Your decks</h2>
          {ownDecks.length === 0 ? (
            <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">None yet: turn your notes into cards with “Import my notes”.</p>
          ) : (
            <ul className="mt-1 list-disc pl-5 text-sm">
              {ownDecks.map((deck) => (
                <li key={deck.id}>
                  <Link className="underline" href={`/decks/${deck.id}`}>{deck.title}</Link> ({deck.total} cards)
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </section>
  );
}
