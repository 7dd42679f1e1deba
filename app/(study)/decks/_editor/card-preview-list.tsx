import { CardBackPreview } from "../[deckId]/card-back-preview";
import { Markdown } from "@/app/_components/markdown";
import type { CardView } from "@/lib/decks/card-view";
import type { Card } from "@/lib/notes";

function viewOf(card: Card): CardView {
  return { ...card, key: card.id, sourceLine: card.source.line };
}

/** The cards the parser makes from the Markdown, as the author types: kind, front, back, source line. */
export function CardPreviewList({ cards }: { cards: readonly Card[] }) {
  if (cards.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">No cards yet: write terms (- **Pod** — …), Q:/A: pairs or headings with a paragraph.</p>;
  return (
    <ol className="divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800" aria-label="Card preview">
      {cards.map((card) => (
        <li key={card.id} className="grid gap-1 p-3" data-testid="preview-card">
          <p className="text-xs uppercase tracking-wide text-slate-500">
            <span data-testid="preview-kind">{card.kind}</span> · line <span data-testid="preview-line">{card.source.line}</span>
            {card.topic.length > 0 && <span> · {card.topic.join(" › ")}</span>}
          </p>
          <Markdown text={card.front} className="font-medium" />
          <CardBackPreview card={viewOf(card)} />
        </li>
      ))}
    </ol>
  );
}
