import type { Metadata } from "next";
import Link from "next/link";
import { primaryButton, secondaryButton } from "@/app/_components/button-classes";
import { listVisibleDecks } from "@/lib/server/decks/list-decks";
import { ensureContentSynced } from "@/lib/server/ensure-content";
import { requireUser } from "@/lib/server/require-user";
import { deckStudyCounts } from "@/lib/server/study/deck-study-counts";
import { DeckList } from "./deck-list-client";

export const metadata: Metadata = { title: "Decks" };

export default async function DecksPage() {
  const user = await requireUser("/decks");
  await ensureContentSynced();
  const decks = await listVisibleDecks(user.id);
  const counts = await deckStudyCounts(user.id, decks.map((deck) => deck.id), new Date());
  return (
    <section className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Decks</h1>
        <div className="flex flex-wrap gap-3">
          <Link href="/decks/new" className={secondaryButton}>New deck</Link>
          <Link href="/decks/import" className={primaryButton}>Import my notes</Link>
        </div>
      </div>
      {decks.length === 0 && <p>No decks yet. Import your notes to make your first one.</p>}
      <DeckList decks={decks.map((deck) => ({ ...deck, study: counts.get(deck.id) }))} />
    </section>
  );
}
