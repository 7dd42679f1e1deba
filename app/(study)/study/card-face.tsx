"use client";

import { Markdown } from "@/app/_components/markdown";
import type { CardView } from "@/lib/decks/card-view";
import { renderCloze } from "@/lib/decks/cloze-render";

const LETTERS = "ABCDEFGH";

interface CardFaceProps {
  card: CardView;
  revealed: boolean;
  mcqPick: number | null;
  onPick: (index: number) => void;
}

/** One card, front or both sides, for every kind the notes parser makes. */
export function CardFace({ card, revealed, mcqPick, onPick }: CardFaceProps) {
  if (card.kind === "cloze" && card.clozes) {
    return <Markdown text={renderCloze(card.clozes, revealed ? "back" : "front")} className="text-lg" />;
  }
  if (card.kind === "scenario") {
    return (
      <div className="space-y-2">
        <p className="text-lg font-medium">Scenario: {card.front}</p>
        <Markdown text={card.back} />
      </div>
    );
  }
  return (
    <div className="space-y-4">
      <Markdown text={card.front} className="text-lg font-medium" />
      {card.kind === "mcq" && card.options && (
        <ol className="grid gap-2" aria-label="Choices">
          {card.options.map((option, index) => {
            const isAnswer = index === card.answer;
            const picked = index === mcqPick;
            const tone = !revealed ? "" : isAnswer ? "border-emerald-600 bg-emerald-50 dark:bg-emerald-950" : picked ? "border-red-600 bg-red-50 dark:bg-red-950" : "opacity-70";
            return (
              <li key={option}>
                <button
                  type="button"
                  disabled={revealed}
                  onClick={() => onPick(index)}
                  className={`flex min-h-11 w-full items-center gap-3 rounded border border-slate-300 px-3 py-2 text-left dark:border-slate-700 ${tone}`}
                >
                  <span className="font-mono text-sm text-slate-500">{index + 1}</span>
                  <span>{LETTERS[index]}. {option}</span>
                  {revealed && isAnswer && <span className="ml-auto text-sm font-medium text-emerald-700 dark:text-emerald-400">right answer</span>}
                  {revealed && picked && !isAnswer && <span className="ml-auto text-sm font-medium text-red-700 dark:text-red-400">your pick</span>}
                </button>
              </li>
            );
          })}
        </ol>
      )}
      {revealed && (
        <div className="border-t border-slate-200 pt-4 dark:border-slate-800" data-testid="card-back">
          {card.kind === "list" && card.items ? (
            <ul className="list-disc space-y-1 pl-6">
              {card.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          ) : card.kind === "mcq" ? (
            card.explanation && <Markdown text={card.explanation} />
          ) : (
            <Markdown text={card.back} />
          )}
        </div>
      )}
    </div>
  );
}
