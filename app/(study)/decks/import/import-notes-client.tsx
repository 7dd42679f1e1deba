"use client";

import { useRouter } from "next/navigation";
import { useState, type ChangeEvent } from "react";
import { primaryButton, secondaryButton } from "@/app/_components/button-classes";
import type { Card, DeckMeta, ParseIssue } from "@/lib/notes/types";
import { NoteStylesGuide } from "./note-styles-guide";
import { PreviewCardRow, type PreviewCard } from "./preview-card-row";
import { readNotesFile } from "./read-notes-file";

interface PreviewResponse {
  cards?: Card[];
  issues?: ParseIssue[];
  meta?: DeckMeta;
  message?: string | null;
  error?: string;
}

async function postJson<T>(url: string, body: unknown): Promise<{ ok: boolean; data: T & { error?: string } }> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  const data = (await response.json().catch(() => ({ error: `The server answered ${response.status}.` }))) as T & { error?: string };
  return { ok: response.ok, data };
}

export function ImportNotesClient({ maxBytes }: { maxBytes: number }) {
  const router = useRouter();
  const [text, setText] = useState("");
  const [fileName, setFileName] = useState("notes.md");
  const [title, setTitle] = useState("");
  const [items, setItems] = useState<PreviewCard[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState<"preview" | "save" | null>(null);

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    const result = await readNotesFile(file, maxBytes);
    if ("error" in result) return setError(result.error);
    setError(null);
    setText(result.text);
    setFileName(file.name);
    setTitle((current) => current || file.name.replace(/\.[^.]+$/, ""));
  }

  async function findCards() {
    setBusy("preview");
    setError(null);
    setNotice(null);
    try {
      const { ok, data } = await postJson<PreviewResponse>("/api/notes/preview", { text, fileName });
      if (!ok) return setError(data.error ?? "Could not read these notes.");
      setItems((data.cards ?? []).map((card) => ({ card, keep: true })));
      setNotice(data.message ?? null);
      setTitle((current) => current || data.meta?.title || "My notes");
    } catch {
      setError("Could not reach the server. Your text is still here; try again.");
    } finally {
      setBusy(null);
    }
  }

  async function save() {
    if (!items || busy) return;
    setBusy("save");
    setError(null);
    try {
      const cards = items.filter((item) => item.keep).map((item) => item.card);
      const { ok, data } = await postJson<{ deck?: { id: string } }>("/api/decks", { title, sourceText: text, cards });
      if (!ok || !data.deck) return setError(data.error ?? "Saving failed. Your cards are still here; try again.");
      router.push(`/decks/${data.deck.id}`);
    } catch {
      setError("Could not reach the server. Your cards are still here; try again.");
    } finally {
      setBusy(null);
    }
  }

  const kept = items?.filter((item) => item.keep).length ?? 0;
  return (
    <div className="space-y-4">
      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <label className="block text-sm font-medium">
        Your notes
        <textarea
          className="mt-1 block max-h-[70vh] min-h-60 w-full field-sizing-content rounded border border-slate-300 bg-white p-3 font-mono text-sm dark:border-slate-700 dark:bg-slate-900"
          value={text}
          onChange={(event) => setText(event.target.value)}
          placeholder={"## Pod\nSmallest deployable unit: one or more containers sharing a network namespace.\n\n- **Service** — a stable address in front of a set of Pods"}
        />
      </label>
      <NoteStylesGuide />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <label className={secondaryButton}>
          Upload a file
          <input type="file" accept=".md,.markdown,.txt,text/plain,text/markdown" className="sr-only" onChange={(event) => void onFile(event)} />
        </label>
        <button type="button" className={primaryButton} disabled={busy !== null || text.trim() === ""} onClick={() => void findCards()}>
          {busy === "preview" ? "Reading…" : "Find cards"}
        </button>
      </div>
      {error && <p role="status" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">{error}</p>}
      {notice && <p className="text-sm text-amber-700 dark:text-amber-300">{notice}</p>}
      {items && items.length > 0 && (
        <section aria-label="Cards found" className="space-y-3">
          <h2 className="text-lg font-medium">{items.length} cards found · {kept} kept</h2>
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
            {items.map((item, index) => (
              <PreviewCardRow key={item.card.id} item={item} onChange={(next) => setItems(items.map((old, i) => (i === index ? next : old)))} />
            ))}
          </ul>
          <div className="flex flex-wrap items-end gap-3">
            <label className="block text-sm font-medium">
              Deck title
              <input className="mt-1 block w-72 rounded border border-slate-300 bg-white px-3 py-2 dark:border-slate-700 dark:bg-slate-900" value={title} onChange={(event) => setTitle(event.target.value)} />
            </label>
            <button type="button" className={primaryButton} disabled={busy !== null || kept === 0} onClick={() => void save()}>
              {busy === "save" ? "Saving…" : `Save ${kept} cards as a deck`}
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
