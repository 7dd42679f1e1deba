import Link from "next/link";
import type { TroubleCard } from "@/lib/server/progress/load-trouble-cards";

function firstLine(markdown: string): string {
  const line = markdown.split("\n").find((text) => text.trim() !== "") ?? "";
  const plain = line.replace(/[*_`#>]/g, "").trim();
  return plain.length > 90 ? `${plain.slice(0, 89)}…` : plain;
}

/** Cards the learner keeps forgetting, each linking to its card info (history, suspend, reset). */
export function TroubleCards({ cards }: { cards: readonly TroubleCard[] }) {
  if (cards.length === 0) return null;
  return (
    <section aria-labelledby="trouble-heading" className="space-y-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800" data-testid="trouble-cards">
      <h2 id="trouble-heading" className="text-lg font-medium">Cards you keep forgetting</h2>
      <p className="text-sm text-slate-600 dark:text-slate-400">Open a card to see its history, or to suspend, bury or reset it.</p>
      <ul className="divide-y divide-slate-200 dark:divide-slate-800">
        {cards.map((card) => (
          <li key={card.cardId} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
            <Link href={`/cards/${card.cardId}`} className="text-sky-700 underline dark:text-sky-400">{firstLine(card.front) || "Untitled card"}</Link>
            <span className="text-sm text-slate-600 dark:text-slate-400">
              {card.lapses} lapse{card.lapses === 1 ? "" : "s"}
              {card.leech && " · leech"}
              {card.suspended && " · suspended"}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
