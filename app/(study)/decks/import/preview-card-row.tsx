"use client";

import type { Card } from "@/lib/notes/types";

export interface PreviewCard {
  card: Card;
  keep: boolean;
}

const EDITABLE = new Set(["basic", "qa"]);

export function PreviewCardRow({ item, onChange }: { item: PreviewCard; onChange: (next: PreviewCard) => void }) {
  const { card, keep } = item;
  const editable = EDITABLE.has(card.kind);
  const answer = card.kind === "mcq" ? (card.options ?? []).join(" · ") : card.kind === "list" ? (card.items ?? []).join(" · ") : card.back;
  return (
    <li className={`grid gap-2 p-3 sm:grid-cols-[auto_1fr_1fr] ${keep ? "" : "opacity-50"}`} data-testid="preview-card">
      <label className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          className="mt-1 h-5 w-5"
          checked={keep}
          aria-label={`Keep card: ${card.front}`}
          onChange={(event) => onChange({ ...item, keep: event.target.checked })}
        />
        <span className="text-xs text-slate-500">
          {card.kind}
          <br />
          line {card.source.line}
        </span>
      </label>
      {editable ? (
        <>
          <textarea
            aria-label={`Front of card from line ${card.source.line}`}
            className="min-h-16 rounded border border-slate-300 bg-white p-2 text-sm dark:border-slate-700 dark:bg-slate-900"
            value={card.front}
            onChange={(event) => onChange({ ...item, card: { ...card, front: event.target.value } })}
          />
          <textarea
            aria-label={`Back of card from line ${card.source.line}`}
            className="min-h-16 rounded border border-slate-300 bg-white p-2 text-sm dark:border-slate-700 dark:bg-slate-900"
            value={card.back}
            onChange={(event) => onChange({ ...item, card: { ...card, back: event.target.value } })}
          />
        </>
      ) : (
        <>
          <p className="text-sm font-medium">{card.front}</p>
          <p className="text-sm">{answer}</p>
        </>
      )}
      {card.topic.length > 0 && <p className="text-xs text-slate-500 sm:col-start-2 sm:col-end-4">{card.topic.join(" › ")}</p>}
    </li>
  );
}
