"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { secondaryButton } from "@/app/_components/button-classes";
import { callApi } from "./api-v1-fetch";

interface Impact {
  cards: number;
  learners: number;
  reviews: number;
}

/** "Make an editable copy" and "Delete" (with a confirmation that says what it affects). */
export function DeckActions({ deckId, title, owned }: { deckId: string; title: string; owned: boolean }) {
  const router = useRouter();
  const [impact, setImpact] = useState<Impact | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function copy() {
    const result = await callApi<{ id: string }>("POST", `/api/v1/decks/${deckId}/copy`);
    if (!result.ok) return setError(result.message);
    router.push(`/decks/${result.data.id}/edit?copied=1`);
  }

  async function askDelete() {
    const result = await callApi<Impact>("GET", `/api/v1/decks/${deckId}/impact`);
    if (!result.ok) return setError(result.message);
    setImpact(result.data);
  }

  async function confirmDelete() {
    const result = await callApi<null>("DELETE", `/api/v1/decks/${deckId}`);
    if (!result.ok) return setError(result.message);
    router.push("/decks");
  }

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-3">
        <button type="button" className={secondaryButton} onClick={copy}>Make an editable copy</button>
        {owned && <button type="button" className={`${secondaryButton} text-red-700`} onClick={askDelete}>Delete deck…</button>}
      </div>
      {impact && (
        <div role="alertdialog" aria-label="Confirm deletion" className="space-y-2 rounded border border-red-300 p-3 text-sm dark:border-red-800">
          <p data-testid="delete-impact">
            Delete “{title}” for everyone? Its {impact.cards} cards leave every study queue; {impact.learners} other learner{impact.learners === 1 ? "" : "s"} studied it, and {impact.reviews} review{impact.reviews === 1 ? "" : "s"} of its cards were recorded. Each learner&apos;s review history stays in their statistics and export.
          </p>
          <div className="flex gap-3">
            <button type="button" className={`${secondaryButton} border-red-400 text-red-700`} onClick={confirmDelete}>Delete</button>
            <button type="button" className={secondaryButton} onClick={() => setImpact(null)}>Keep it</button>
          </div>
        </div>
      )}
      {error && <p role="alert" className="text-sm text-red-700">{error}</p>}
    </div>
  );
}
