"use client";

import type { Card } from "@/lib/notes/types";

// field-sizing: the box grows with its text, so an answer is never cut mid-line.
const field = "field-sizing-content min-h-16 w-full rounded border border-slate-300 bg-white p-2 text-sm dark:border-slate-700 dark:bg-slate-900";

function lines(text: string): string[] {
  return text.split("\n").map((line) => line.trim()).filter((line) => line !== "");
}

/** Edits one previewed card in the terms of its kind: front and back, list items, cloze text, quiz choices. */
export function CardEditor({ card, onChange }: { card: Card; onChange: (card: Card) => void }) {
  const where = `card from line ${card.source.line}`;
  if (card.kind === "cloze" && card.clozes) {
    const clozes = card.clozes;
    return (
      <textarea
        aria-label={`Cloze text of ${where} (keep the {{c1::…}} markers)`}
        className={`${field} sm:col-span-2`}
        value={clozes.text}
        onChange={(event) => onChange({ ...card, clozes: { ...clozes, text: event.target.value } })}
      />
    );
  }
  const front = (
    <textarea aria-label={`Front of ${where}`} className={field} value={card.front} onChange={(event) => onChange({ ...card, front: event.target.value })} />
  );
  if (card.kind === "list") {
    return (
      <>
        {front}
        <textarea
          aria-label={`Items of ${where}, one per line`}
          className={field}
          value={(card.items ?? []).join("\n")}
          onChange={(event) => onChange({ ...card, items: lines(event.target.value) })}
        />
      </>
    );
  }
  if (card.kind === "mcq") {
    const options = card.options ?? [];
    return (
      <>
        {front}
        <div className="space-y-2">
          <textarea
            aria-label={`Choices of ${where}, one per line`}
            className={field}
            value={options.join("\n")}
            onChange={(event) => {
              const next = lines(event.target.value);
              onChange({ ...card, options: next, answer: Math.min(card.answer ?? 0, Math.max(0, next.length - 1)) });
            }}
          />
          <label className="block text-xs">
            Right answer{" "}
            <select className="rounded border border-slate-300 bg-white p-1 dark:border-slate-700 dark:bg-slate-900" value={card.answer ?? 0} onChange={(event) => onChange({ ...card, answer: Number(event.target.value) })}>
              {options.map((option, index) => <option key={`${index}-${option}`} value={index}>{option}</option>)}
            </select>
          </label>
        </div>
      </>
    );
  }
  return (
    <>
      {front}
      <textarea aria-label={`Back of ${where}`} className={field} value={card.back} onChange={(event) => onChange({ ...card, back: event.target.value })} />
    </>
  );
}
