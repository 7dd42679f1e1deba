import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ApiError } from "@/lib/server/api-error";
import { db } from "@/lib/server/db";
import { getOwnedDeckOrThrow } from "@/lib/server/decks/get-owned-deck-or-throw";
import { listDeckRevisions } from "@/lib/server/decks/list-deck-revisions";
import { loadDeckSource } from "@/lib/server/decks/load-deck-source";
import { listMyClasses } from "@/lib/server/classes/list-classes";
import { deckClassesForViewer } from "@/lib/server/decks/share-deck";
import { requireUser } from "@/lib/server/require-user";
import { hasRole } from "@/lib/validations/user";
import { DeckActions } from "../../_editor/deck-actions";
import { DeckDetailsForm } from "../../_editor/deck-details-form";
import { DeckWorkspaceClient } from "../../_editor/deck-workspace-client";

export const metadata: Metadata = { title: "Edit deck" };

function stringList(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
  } catch {
    return [];
  }
}

/** The deck editor: Markdown with a live card preview, details, history, copy and delete (owner only). */
export default async function EditDeckPage({ params }: { params: Promise<{ deckId: string }> }) {
  const { deckId } = await params;
  const user = await requireUser(`/decks/${deckId}/edit`);
  const deck = await getOwnedDeckOrThrow(db, user.id, deckId).catch((error: unknown) => {
    if (error instanceof ApiError && (error.status === 404 || error.status === 403)) notFound();
    throw error;
  });
  const mayPublish = hasRole(user.role, "instructor");
  const [source, revisions, classes, shared] = await Promise.all([
    loadDeckSource(db, deck),
    listDeckRevisions(db, deck.id),
    mayPublish ? listMyClasses(user) : Promise.resolve({ teaching: [] }),
    deckClassesForViewer(db, [deck.id], user.id, new Set([deck.id])),
  ]);
  const teaching = classes.teaching.map(({ id, name }) => ({ id, name }));
  return (
    <section className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-semibold">Edit “{deck.title}”</h1>
        <Link href={`/decks/${deck.id}`} className="text-sm underline">Back to the deck</Link>
      </div>
      <DeckWorkspaceClient deckId={deck.id} markdown={source.markdown} revision={source.revision} keyPrefix={source.keyPrefix} revisions={revisions} />
      <section aria-label="Details" className="space-y-2">
        <h2 className="text-lg font-medium">Details</h2>
        <DeckDetailsForm deckId={deck.id} title={deck.title} description={deck.description} tags={stringList(deck.tags)} visibility={deck.visibility} mayPublish={mayPublish}
          teaching={teaching} sharedWith={(shared.get(deck.id) ?? []).map((item) => item.id)} />
      </section>
      <DeckActions deckId={deck.id} title={deck.title} owned />
    </section>
  );
}
