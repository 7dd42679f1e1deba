import type { Metadata } from "next";
import Link from "next/link";
import { primaryButton } from "@/app/_components/button-classes";
import { listVisibleDecks } from "@/lib/server/decks/list-decks";
import { ensureContentSynced } from "@/lib/server/ensure-content";
import { requireUser } from "@/lib/server/require-user";

export const metadata: Metadata = { title: "Decks" };

const KIND_LABELS: Record<string, string> = { basic: "term", qa: "Q&A", list: "list", cloze: "cloze", mcq: "quiz" };

export default async function DecksPage() {
  const user = await requireUser("/decks");
  await ensureContentSynced();
  const decks = await listVisibleDecks(user.id);
  return (
    <section className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Decks</h1>
        <Link href="/decks/import" className={primaryButton}>Import my notes</Link>
      </div>
      {decks.length === 0 && <p>No decks yet. Import your notes to make your first one.</p>}
      <ul className="grid gap-4 sm:grid-cols-2">
        {decks.map((deck) => (
          <li key={deck.id} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
            <h2 className="text-lg font-medium">
              <Link href={`/decks/${deck.id}`} className="hover:underline">{deck.title}</Link>
            </h2>
            <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{deck.description}</p>
            <p className="mt-2 text-sm" data-testid="deck-counts">
              <span className="font-medium">{deck.total} cards</span>
              {Object.entries(deck.counts).map(([kind, count]) => (
                <span key={kind} className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs dark:bg-slate-800">
                  {count} {KIND_LABELS[kind] ?? kind}
                </span>
              ))}
            </p>
            <p className="mt-2 text-xs uppercase tracking-wide text-slate-500">
              {deck.origin === "builtin" ? "Built-in" : deck.ownedByMe ? "Yours · private" : deck.origin}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
