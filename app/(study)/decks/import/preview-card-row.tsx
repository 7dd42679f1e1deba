"use client";

import type { Card } from "@/lib/notes/types";
import { CardEditor } from "./card-editor";

export interface PreviewCard {
  card: Card;
  keep: boolean;
}

export function PreviewCardRow({ item, onChange }: { item: PreviewCard; onChange: (next: PreviewCard) => void }) {
  const { card, keep } = item;
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
      <CardEditor card={card} onChange={(next) => onChange({ ...item, card: next })} />
      {card.topic.length > 0 && <p className="text-xs text-slate-500 sm:col-start-2 sm:col-end-4">{card.topic.join(" › ")}</p>}
    </li>
  );
}
