"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { primaryButton } from "@/app/_components/button-classes";
import type { DeckSummary } from "@/lib/decks/deck-summary";
import { StudyCountsLine } from "@/app/_components/study-counts";

const KIND_LABELS: Record<string, string> = { basic: "term", qa: "Q&A", list: "list", cloze: "cloze", mcq: "quiz", scenario: "scenario" };

/** The decks as cards, each with a box to tick, and a bar to study the ticked ones together. */
/** Whose the deck is and who sees it: built-in, yours (private, public or shared with classes), or another's. */
function deckOrigin(deck: DeckSummary): string {
  if (deck.origin === "builtin") return "Built-in";
  const classes = deck.classes.join(", ");
  if (deck.ownedByMe) return deck.visibility === "classes" ? `Yours · shared with ${classes || "no class"}` : `Yours · ${deck.visibility}`;
  if (deck.classes.length > 0) return `Shared with ${classes} · by ${deck.author ?? "another user"}`;
  return deck.visibility === "public" ? `Public · by ${deck.author ?? "another user"}` : `Assigned · by ${deck.author ?? "another user"}`;
}

export function DeckList({ decks }: { decks: DeckSummary[] }) {
  const router = useRouter();
  const [chosen, setChosen] = useState<string[]>([]);
  const toggle = (id: string) => setChosen((old) => (old.includes(id) ? old.filter((item) => item !== id) : [...old, id]));
  const ordered = decks.map((deck) => deck.id).filter((id) => chosen.includes(id));
  return (
    <div className="space-y-4">
      <ul className="grid gap-4 sm:grid-cols-2">
        {decks.map((deck) => (
          <li key={deck.id} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
            <h2 className="text-lg font-medium">
              <Link href={`/decks/${deck.id}`} className="hover:underline">{deck.title}</Link>
            </h2>
            <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{deck.description}</p>
            {deck.study && <StudyCountsLine counts={deck.study} className="mt-2" />}
            <p className="mt-2 text-sm" data-testid="deck-counts">
              <span className="font-medium">{deck.total} cards</span>
              {Object.entries(deck.counts).map(([kind, count]) => (
                <span key={kind} className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs dark:bg-slate-800">
                  {count} {KIND_LABELS[kind] ?? kind}
                </span>
              ))}
            </p>
            <div className="mt-2 flex items-center justify-between gap-2">
              <span className="text-xs uppercase tracking-wide text-slate-500">
                {deckOrigin(deck)}
              </span>
              <label className="flex min-h-11 items-center gap-2 text-sm">
                <input type="checkbox" className="h-5 w-5" checked={chosen.includes(deck.id)} onChange={() => toggle(deck.id)} aria-label={`Select ${deck.title} for study`} />
                Select
              </label>
            </div>
          </li>
        ))}
      </ul>
      <div className="sticky bottom-0 flex flex-wrap items-center gap-3 border-t border-slate-200 bg-white py-3 dark:border-slate-800 dark:bg-slate-950">
        <button
          type="button"
          className={primaryButton}
          disabled={ordered.length === 0}
          onClick={() => router.push(`/study?${ordered.map((id) => `deck=${encodeURIComponent(id)}`).join("&")}`)}
        >
          {ordered.length === 0 ? "Select decks to study together" : `Study ${ordered.length} selected deck${ordered.length === 1 ? "" : "s"}`}
        </button>
        <Link className="text-sm underline" href="/study">or study everything due</Link>
      </div>
    </div>
  );
}
