"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { primaryButton } from "@/app/_components/button-classes";
import { sendJson } from "@/app/_components/send-json";

interface Option {
  readonly id: string;
  readonly title: string;
}

const selectClass = "mt-1 block w-full rounded border border-slate-300 bg-white px-3 py-2 text-base dark:border-slate-700 dark:bg-slate-900";

/** Assign a deck or a scenario, with an optional due date and, for a deck, "introduce every card by then". */
export function AssignForm({ classId, decks, scenarios }: { classId: string; decks: readonly Option[]; scenarios: readonly Option[] }) {
  const router = useRouter();
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const [kind, id] = String(form.get("target") ?? "").split(":");
    const due = String(form.get("dueAt") ?? "");
    const body = {
      ...(kind === "deck" ? { deckId: id } : { scenarioId: id }),
      ...(due ? { dueAt: new Date(`${due}T23:59:00`).toISOString() } : {}),
      ...(kind === "deck" && form.get("introduceAll") === "on" ? { introduceAll: true } : {}),
    };
    setBusy(true);
    const result = await sendJson("POST", `/api/v1/classes/${classId}/assignments`, body);
    setBusy(false);
    setError(result.message);
    if (result.ok) {
      event.currentTarget?.reset();
      router.refresh();
    }
  }
  return (
    <form onSubmit={submit} className="grid gap-3 sm:grid-cols-[2fr_1fr_auto] sm:items-end" aria-label="Assign a deck or scenario">
      <label className="block text-sm font-medium">
        Deck or scenario
        <select name="target" required className={selectClass} defaultValue="">
          <option value="" disabled>Choose…</option>
          <optgroup label="Decks">{decks.map((deck) => <option key={deck.id} value={`deck:${deck.id}`}>{deck.title}</option>)}</optgroup>
          <optgroup label="Scenarios">{scenarios.map((scenario) => <option key={scenario.id} value={`scenario:${scenario.id}`}>{scenario.title}</option>)}</optgroup>
        </select>
      </label>
      <label className="block text-sm font-medium">
        Due (optional)
        <input type="date" name="dueAt" className={selectClass} />
      </label>
      <button type="submit" className={primaryButton} disabled={busy}>Assign</button>
      <label className="flex items-center gap-2 text-sm sm:col-span-3">
        <input type="checkbox" name="introduceAll" /> For a deck: introduce all its cards by the due date (raises each learner&apos;s daily new-card limit for it as needed)
      </label>
      {error && <p role="status" className="text-sm text-red-700 sm:col-span-3 dark:text-red-400">{error}</p>}
    </form>
  );
}
