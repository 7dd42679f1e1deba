"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { primaryButton, secondaryButton } from "@/app/_components/button-classes";

interface SaveAnswer {
  revision?: number;
  added?: number;
  changed?: number;
  retired?: number;
  kept?: number;
  error?: string;
  issues?: { path: string; message: string }[];
}

const field = "mt-1 block w-full rounded border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-900";

/**
 * In-place edit of a card in a deck the user owns: the text is written back into the deck's
 * Markdown as a new revision (PATCH /api/cards/{id}); `baseRevision` is the revision this page showed.
 */
export function EditCardForm({ cardId, front, back, baseRevision }: { cardId: string; front: string; back: string; baseRevision: number }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState({ front, back });
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function save() {
    const response = await fetch(`/api/cards/${cardId}`, { method: "PATCH", headers: { "content-type": "application/json" }, body: JSON.stringify({ ...draft, baseRevision }) });
    const data = (await response.json().catch(() => ({}))) as SaveAnswer;
    if (!response.ok) {
      return setMessage({ ok: false, text: [data.error ?? `The server answered ${response.status}.`, ...(data.issues ?? []).map((issue) => `${issue.path}: ${issue.message}`)].join(" ") });
    }
    setMessage({ ok: true, text: `Saved as revision ${data.revision}: ${data.added} added, ${data.changed} changed, ${data.retired} retired, ${data.kept} kept.` });
    setOpen(false);
    router.refresh();
  }

  return (
    <div className="mt-1 space-y-1">
      {open ? (
        <form aria-label={`Edit card ${front}`} className="space-y-2" onSubmit={(event) => { event.preventDefault(); void save(); }}>
          <label className="block text-xs">Front<input value={draft.front} onChange={(event) => setDraft({ ...draft, front: event.target.value })} className={field} /></label>
          <label className="block text-xs">Back<textarea value={draft.back} rows={3} onChange={(event) => setDraft({ ...draft, back: event.target.value })} className={field} /></label>
          <div className="flex gap-2">
            <button type="submit" className={primaryButton}>Save card</button>
            <button type="button" className={secondaryButton} onClick={() => setOpen(false)}>Cancel</button>
          </div>
        </form>
      ) : (
        <button type="button" className="text-xs text-sky-700 underline dark:text-sky-400" aria-label={`Edit text of ${front}`} onClick={() => { setMessage(null); setDraft({ front, back }); setOpen(true); }}>Edit text</button>
      )}
      {message && <p role={message.ok ? "status" : "alert"} className={`text-xs ${message.ok ? "text-emerald-700" : "text-red-700"}`}>{message.text}</p>}
    </div>
  );
}
