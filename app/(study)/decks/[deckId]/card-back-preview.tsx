import { Markdown } from "@/app/_components/markdown";
import type { CardView } from "@/lib/decks/card-view";

/** The answer side in the deck listing: the back, or the options with the right one marked. */
export function CardBackPreview({ card }: { card: CardView }) {
  if (card.kind === "mcq" && card.options) {
    return (
      <ol className="list-[upper-alpha] pl-5 text-sm">
        {card.options.map((option, index) => (
          <li key={option} className={index === card.answer ? "font-semibold text-emerald-700 dark:text-emerald-400" : ""}>
            {option}
            {index === card.answer && <span className="sr-only"> (right answer)</span>}
          </li>
        ))}
      </ol>
    );
  }
  if (card.kind === "list" && card.items) {
    return (
      <ul className="list-disc pl-5 text-sm">
        {card.items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    );
  }
  return <Markdown text={card.back} className="text-sm" />;
}
