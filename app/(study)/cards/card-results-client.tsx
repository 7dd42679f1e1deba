"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { secondaryButton } from "@/app/_components/button-classes";
import type { CardRow } from "@/lib/cards/card-search-sql";
import { isEditableInPlace } from "@/lib/decks/rewrite-card-text";
import { EditCardForm } from "./edit-card-form";

const ACTIONS = [
  ["suspend", "Suspend"],
  ["unsuspend", "Unsuspend"],
  ["bury", "Bury"],
  ["unbury", "Unbury"],
  ["reset", "Reset schedule"],
] as const;

const TAG_ACTIONS = [
  ["add-tag", "Add tag"],
  ["remove-tag", "Remove tag"],
] as const;

function authorTags(card: CardRow): string[] {
  const parsed: unknown = JSON.parse(card.tags);
  return Array.isArray(parsed) ? parsed.filter((tag): tag is string => typeof tag === "string") : [];
}

function stateLabel(card: CardRow): string {
  return [card.state, card.suspended && "suspended", card.buried && "buried", card.leech && "leech"].filter(Boolean).join(" · ");
}

/** The search results with a box per card and the bulk actions for the ticked ones. */
export function CardResultsClient({ cards, total }: { cards: CardRow[]; total: number }) {
  const router = useRouter();
  const [chosen, setChosen] = useState<string[]>([]);
  const [due, setDue] = useState("");
  const [tag, setTag] = useState("");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const toggle = (id: string) => setChosen((old) => (old.includes(id) ? old.filter((item) => item !== id) : [...old, id]));

  async function run(action: string) {
    const response = await fetch("/api/cards/bulk", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ cardIds: chosen, action, ...(action === "set-due" ? { due } : {}), ...(action.endsWith("-tag") ? { tag } : {}) }) });
    const data = (await response.json().catch(() => ({}))) as { done?: number; skipped?: number; error?: string; issues?: { path: string; message: string }[] };
    if (!response.ok) return setMessage({ ok: false, text: [data.error ?? `The server answered ${response.status}.`, ...(data.issues ?? []).map((issue) => `${issue.path}: ${issue.message}`)].join(" ") });
    const why = action === "add-tag" ? "already tagged" : action === "remove-tag" ? "did not have it" : "never studied";
    setMessage({ ok: true, text: `${action}: ${data.done ?? 0} card${data.done === 1 ? "" : "s"} done${data.skipped ? `, ${data.skipped} skipped (${why})` : ""}.` });
    setChosen([]);
    router.refresh();
  }

  return (
    <div className="space-y-3">
      <p className="text-sm" data-testid="card-total">{total} card{total === 1 ? "" : "s"} match{cards.length < total ? ` (showing ${cards.length})` : ""}</p>
      <div className="flex flex-wrap items-center gap-2" aria-label="Bulk actions" role="toolbar">
        <span className="text-sm">{chosen.length} selected</span>
        {ACTIONS.map(([action, label]) => (
          <button key={action} type="button" className={secondaryButton} disabled={chosen.length === 0} onClick={() => run(action)}>{label}</button>
        ))}
        <input type="date" aria-label="New due date" value={due} onChange={(event) => setDue(event.target.value)} className="rounded border border-slate-300 px-2 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-900" />
        <button type="button" className={secondaryButton} disabled={chosen.length === 0 || !due} onClick={() => run("set-due")}>Set due date</button>
        <input aria-label="Tag for the selected cards" placeholder="tag" value={tag} onChange={(event) => setTag(event.target.value)} className="w-32 rounded border border-slate-300 px-2 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-900" />
        {TAG_ACTIONS.map(([action, label]) => (
          <button key={action} type="button" className={secondaryButton} disabled={chosen.length === 0 || !tag.trim()} onClick={() => run(action)}>{label}</button>
        ))}
      </div>
      {message && <p role={message.ok ? "status" : "alert"} className={`text-sm ${message.ok ? "text-emerald-700" : "text-red-700"}`}>{message.text}</p>}
      <table className="w-full text-left text-sm">
        <thead>
          <tr>
            <th><input type="checkbox" aria-label="Select all shown cards" checked={cards.length > 0 && chosen.length === cards.length} onChange={(event) => setChosen(event.target.checked ? cards.map((card) => card.id) : [])} /></th>
            <th>Front</th><th>Deck</th><th>Kind</th><th>Tags</th><th>State</th><th>Due</th><th>Lapses</th>
          </tr>
        </thead>
        <tbody>
          {cards.map((card) => (
            <tr key={card.id} className="border-t border-slate-200 dark:border-slate-800" data-testid="card-row">
              <td><input type="checkbox" aria-label={`Select ${card.front}`} checked={chosen.includes(card.id)} onChange={() => toggle(card.id)} /></td>
              <td>
                <Link href={`/cards/${card.id}`} className="hover:underline">{card.front}</Link>
                {card.deckRevision !== null && isEditableInPlace(card.kind) && <EditCardForm cardId={card.id} front={card.front} back={card.back} baseRevision={card.deckRevision} />}
              </td>
              <td>{card.deckTitle}</td>
              <td>{card.kind}</td>
              <td data-testid="card-tags">{[...authorTags(card), ...card.userTags].join(", ")}</td>
              <td data-testid="card-state">{stateLabel(card)}</td>
              <td>{card.due ? new Date(card.due).toLocaleDateString() : "—"}</td>
              <td>{card.lapses}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
