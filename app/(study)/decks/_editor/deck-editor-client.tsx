"use client";

import { useRouter } from "next/navigation";
import { useDeferredValue, useMemo, useState } from "react";
import { primaryButton } from "@/app/_components/button-classes";
import { parseDeckMarkdown } from "@/lib/decks/parse-deck-markdown";
import { callApi, describeSave, type SaveAnswer } from "./api-v1-fetch";
import { CardPreviewList } from "./card-preview-list";
import { MarkdownDeckEditor } from "./markdown-deck-editor";

interface DeckEditorProps {
  /** null: a new deck (saving creates it). */
  deckId: string | null;
  initialMarkdown: string;
  revision: number;
  keyPrefix: string;
  /** Called after a save with the new revision (the page refreshes its history). */
  onSaved?: (answer: SaveAnswer) => void;
}

/** The deck's Markdown on the left, the cards it makes on the right (live), and Save. */
export function DeckEditorClient({ deckId, initialMarkdown, revision, keyPrefix, onSaved }: DeckEditorProps) {
  const router = useRouter();
  const [markdown, setMarkdown] = useState(initialMarkdown);
  const [base, setBase] = useState(revision);
  const [saved, setSaved] = useState(initialMarkdown);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const deferred = useDeferredValue(markdown);
  const parsed = useMemo(() => parseDeckMarkdown(deferred, keyPrefix), [deferred, keyPrefix]);
  const errors = parsed.diagnostics.filter((item) => item.severity === "error").length;

  async function save() {
    setBusy(true);
    setError(null);
    setNotice(null);
    const result = deckId
      ? await callApi<SaveAnswer>("PUT", `/api/v1/decks/${deckId}`, { markdown, baseRevision: base })
      : await callApi<SaveAnswer>("POST", "/api/v1/decks", { markdown });
    setBusy(false);
    if (!result.ok) return setError(result.line ? `Line ${result.line}: ${result.message}` : result.message);
    if (!deckId) return router.push(`/decks/${result.data.id}/edit?created=1`);
    setBase(result.data.revision);
    setSaved(markdown);
    setNotice(describeSave(result.data));
    onSaved?.(result.data);
    router.refresh();
  }

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" className={primaryButton} onClick={save} disabled={busy || errors > 0 || markdown === saved && deckId !== null}>
          {busy ? "Saving…" : deckId ? "Save" : "Create deck"}
        </button>
        <span className="text-sm text-slate-600 dark:text-slate-400" data-testid="editor-status">
          {deckId ? `Revision ${base}` : "New deck"} · {parsed.cards.length} cards
          {errors > 0 && ` · ${errors} error${errors === 1 ? "" : "s"} to fix before saving`}
          {markdown !== saved && " · unsaved changes"}
        </span>
      </div>
      {notice && <p role="status" className="rounded bg-emerald-50 p-2 text-sm text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200">{notice}</p>}
      {error && <p role="alert" className="rounded bg-red-50 p-2 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">{error}</p>}
      <div className="grid gap-4 lg:grid-cols-2">
        <div className="space-y-2">
          <MarkdownDeckEditor value={markdown} onChange={setMarkdown} diagnostics={parsed.diagnostics} />
          {parsed.diagnostics.length > 0 && (
            <ul className="space-y-1 text-sm" aria-label="Problems">
              {parsed.diagnostics.map((item) => (
                <li key={`${item.line}:${item.message}`} className={item.severity === "error" ? "text-red-700 dark:text-red-400" : "text-amber-700 dark:text-amber-400"}>
                  Line {item.line}: {item.severity === "warning" ? "warning: " : ""}{item.message}
                </li>
              ))}
            </ul>
          )}
        </div>
        <CardPreviewList cards={parsed.cards} />
      </div>
    </div>
  );
}
