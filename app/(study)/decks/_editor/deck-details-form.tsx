"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { secondaryButton } from "@/app/_components/button-classes";
import { ClassSharePicker, type ShareableClass } from "@/app/_components/class-share-picker";
import { callApi } from "./api-v1-fetch";

interface DeckDetailsProps {
  deckId: string;
  title: string;
  description: string;
  tags: string[];
  visibility: string;
  /** Instructors and admins may make a deck public or share it with classes they teach. */
  mayPublish: boolean;
  /** The classes the user teaches (the choices for "Shared with classes"). */
  teaching: ShareableClass[];
  /** The classes the deck is shared with now. */
  sharedWith: string[];
}

const input = "mt-1 block w-full rounded border border-slate-300 bg-white px-3 py-2 text-base dark:border-slate-700 dark:bg-slate-900";

/** Rename, describe, tag (saved into the front matter as a new revision) and visibility. */
export function DeckDetailsForm({ deckId, title, description, tags, visibility, mayPublish, teaching, sharedWith }: DeckDetailsProps) {
  const router = useRouter();
  const [chosenVisibility, setChosenVisibility] = useState(visibility);
  const [classIds, setClassIds] = useState(sharedWith);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const body = {
      title: String(form.get("title") ?? ""),
      description: String(form.get("description") ?? ""),
      tags: String(form.get("tags") ?? "").split(",").map((tag) => tag.trim()).filter(Boolean),
      visibility: chosenVisibility,
      ...(chosenVisibility === "classes" ? { classIds } : {}),
    };
    const result = await callApi<{ save: { revision: number } | null }>("PATCH", `/api/v1/decks/${deckId}`, body);
    if (!result.ok) return setMessage({ ok: false, text: result.message });
    setMessage({ ok: true, text: result.data.save ? `Details saved as revision ${result.data.save.revision}.` : "Details saved." });
    router.refresh();
  }

  return (
    <form onSubmit={submit} className="grid gap-3 sm:grid-cols-2" aria-label="Deck details">
      <label className="block text-sm font-medium">Title<input name="title" defaultValue={title} required maxLength={120} className={input} /></label>
      <label className="block text-sm font-medium">Tags (comma-separated)<input name="tags" defaultValue={tags.join(", ")} className={input} /></label>
      <label className="block text-sm font-medium sm:col-span-2">Description<input name="description" defaultValue={description} maxLength={500} className={input} /></label>
      <label className="block text-sm font-medium">
        Visibility
        <select name="visibility" value={chosenVisibility} onChange={(event) => setChosenVisibility(event.target.value)} className={input}>
          <option value="private">Private: only you</option>
          <option value="public" disabled={!mayPublish}>Public: every signed-in user{mayPublish ? "" : " (instructors only)"}</option>
          <option value="classes" disabled={!mayPublish}>Shared with chosen classes{mayPublish ? "" : " (instructors only)"}</option>
        </select>
      </label>
      {chosenVisibility === "classes" && (
        <div className="sm:col-span-2">
          <ClassSharePicker classes={teaching} chosen={classIds} onChange={setClassIds} />
        </div>
      )}
      <div className="flex items-end gap-3">
        <button type="submit" className={secondaryButton}>Save details</button>
        {message && <span role={message.ok ? "status" : "alert"} className={`text-sm ${message.ok ? "text-emerald-700" : "text-red-700"}`}>{message.text}</span>}
      </div>
    </form>
  );
}
