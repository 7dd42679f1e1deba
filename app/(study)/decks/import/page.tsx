import type { Metadata } from "next";
import { requireUser } from "@/lib/server/require-user";
import { MAX_NOTES_BYTES } from "@/lib/validations/deck";
import { ImportNotesClient } from "./import-notes-client";

export const metadata: Metadata = { title: "Import my notes" };

export default async function ImportNotesPage() {
  await requireUser("/decks/import");
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">Import my notes</h1>
      <p className="max-w-3xl text-slate-600 dark:text-slate-300">
        Paste your Kubernetes notes or upload a Markdown or text file (up to {MAX_NOTES_BYTES / 1000} KB). Kubedeck finds
        the cards in them; uncheck or edit any before saving them as your private deck.
      </p>
      <ImportNotesClient maxBytes={MAX_NOTES_BYTES} />
    </section>
  );
}
