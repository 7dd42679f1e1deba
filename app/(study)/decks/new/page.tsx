import type { Metadata } from "next";
import { requireUser } from "@/lib/server/require-user";
import { DeckEditorClient } from "../_editor/deck-editor-client";

export const metadata: Metadata = { title: "New deck" };

const TEMPLATE = `---
id: my-deck
title: My deck
description: What this deck is for.
---
# First topic

- **Pod** — the smallest deployable unit: one or more containers that share a network namespace

Q: What does a Service give a set of Pods?
A: A stable virtual IP and DNS name.
`;

/** Write a deck from scratch: the same editor and notes format as every other deck. */
export default async function NewDeckPage() {
  await requireUser("/decks/new");
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">New deck</h1>
      <p className="text-sm text-slate-600 dark:text-slate-400">Write Markdown on the left; the cards it makes appear on the right. The front matter <code>id:</code> names the deck for <code>kubedeck push</code>.</p>
      <DeckEditorClient deckId={null} initialMarkdown={TEMPLATE} revision={0} keyPrefix="my-deck" />
    </section>
  );
}
