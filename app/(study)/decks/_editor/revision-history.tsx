"use client";

import { useState } from "react";
import { secondaryButton } from "@/app/_components/button-classes";
import type { RevisionDiff } from "@/lib/decks/diff-revisions";
import type { DeckRevisionSummary } from "@/lib/decks/revision-summary";
import { callApi } from "./api-v1-fetch";

interface RevisionHistoryProps {
  deckId: string;
  revisions: DeckRevisionSummary[];
  current: number;
  onRestore: (number: number) => Promise<void>;
}

const LINE_CLASS = { added: "bg-emerald-50 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200", removed: "bg-red-50 text-red-900 dark:bg-red-950 dark:text-red-200", same: "" };
const MARK = { added: "+", removed: "-", same: " " };

/** Every revision with what it did, a diff between any two, and restore. */
export function RevisionHistory({ deckId, revisions, current, onRestore }: RevisionHistoryProps) {
  const [from, setFrom] = useState(revisions[1]?.number ?? current);
  const [to, setTo] = useState(current);
  const [diff, setDiff] = useState<RevisionDiff | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function showDiff() {
    const result = await callApi<RevisionDiff>("GET", `/api/v1/decks/${deckId}/diff?from=${from}&to=${to}`);
    if (!result.ok) return setError(result.message);
    setError(null);
    setDiff(result.data);
  }

  const choice = (value: number, set: (value: number) => void, label: string) => (
    <label className="text-sm">
      {label}{" "}
      <select value={value} onChange={(event) => set(Number(event.target.value))} className="rounded border border-slate-300 bg-white px-2 py-1 dark:border-slate-700 dark:bg-slate-900">
        {revisions.map((revision) => <option key={revision.number} value={revision.number}>{revision.number}</option>)}
      </select>
    </label>
  );

  return (
    <div className="space-y-3">
      <table className="w-full text-left text-sm">
        <thead><tr><th>Revision</th><th>Saved</th><th>By</th><th>Cards</th><th /></tr></thead>
        <tbody>
          {revisions.map((revision) => (
            <tr key={revision.number} className="border-t border-slate-200 dark:border-slate-800" data-testid="revision-row">
              <td>{revision.number}{revision.number === current && " (current)"}</td>
              <td>{new Date(revision.createdAt).toLocaleString()}</td>
              <td>{revision.author ?? "—"}</td>
              <td>+{revision.added} ~{revision.changed} -{revision.retired} ={revision.kept}{revision.message && ` · ${revision.message}`}</td>
              <td>{revision.number !== current && <button type="button" className="underline" onClick={() => onRestore(revision.number)}>Restore revision {revision.number}</button>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {revisions.length > 1 && (
        <div className="flex flex-wrap items-center gap-3">
          {choice(from, setFrom, "Compare revision")}
          {choice(to, setTo, "with")}
          <button type="button" className={secondaryButton} onClick={showDiff}>Show differences</button>
        </div>
      )}
      {error && <p role="alert" className="text-sm text-red-700">{error}</p>}
      {diff && (
        <pre className="overflow-x-auto rounded border border-slate-200 p-2 text-xs dark:border-slate-800" aria-label="Differences" data-testid="revision-diff">
          {diff.lines.map((line, index) => (
            <div key={index} className={LINE_CLASS[line.kind]}>{MARK[line.kind]} {line.text}</div>
          ))}
        </pre>
      )}
    </div>
  );
}
