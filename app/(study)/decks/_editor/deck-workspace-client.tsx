"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { DeckRevisionSummary } from "@/lib/decks/revision-summary";
import { callApi, describeSave, type SaveAnswer } from "./api-v1-fetch";
import { DeckEditorClient } from "./deck-editor-client";
import { RevisionHistory } from "./revision-history";

interface DeckWorkspaceProps {
  deckId: string;
  markdown: string;
  revision: number;
  keyPrefix: string;
  revisions: DeckRevisionSummary[];
}

/** The editor and the revision history of one deck; restoring reloads the editor with the restored Markdown. */
export function DeckWorkspaceClient({ deckId, markdown, revision, keyPrefix, revisions }: DeckWorkspaceProps) {
  const router = useRouter();
  const [source, setSource] = useState({ markdown, revision, generation: 0 });
  const [current, setCurrent] = useState(revision);
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);

  async function restore(number: number) {
    const restored = await callApi<SaveAnswer>("POST", `/api/v1/decks/${deckId}/restore`, { revision: number, baseRevision: current });
    if (!restored.ok) return setNotice({ ok: false, text: restored.message });
    const deck = await callApi<{ markdown: string; revision: number }>("GET", `/api/v1/decks/${deckId}`);
    if (!deck.ok) return setNotice({ ok: false, text: deck.message });
    setSource((old) => ({ markdown: deck.data.markdown, revision: deck.data.revision, generation: old.generation + 1 }));
    setCurrent(deck.data.revision);
    setNotice({ ok: true, text: `Restored revision ${number}. ${describeSave(restored.data)}` });
    router.refresh();
  }

  return (
    <div className="space-y-8">
      {notice && <p role={notice.ok ? "status" : "alert"} className={`rounded p-2 text-sm ${notice.ok ? "bg-emerald-50 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200" : "bg-red-50 text-red-800"}`}>{notice.text}</p>}
      <DeckEditorClient
        key={source.generation}
        deckId={deckId}
        initialMarkdown={source.markdown}
        revision={source.revision}
        keyPrefix={keyPrefix}
        onSaved={(answer) => {
          setCurrent(answer.revision);
          setNotice(null);
        }}
      />
      <section aria-label="Revision history" className="space-y-2">
        <h2 className="text-lg font-medium">History</h2>
        <RevisionHistory deckId={deckId} revisions={revisions} current={current} onRestore={restore} />
      </section>
    </div>
  );
}
