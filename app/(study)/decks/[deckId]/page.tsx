import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Markdown } from "@/app/_components/markdown";
import { cardViewFromRow, type CardView } from "@/lib/decks/card-view";
import { ApiError } from "@/lib/server/api-error";
import { db } from "@/lib/server/db";
import { getCurrentUser } from "@/lib/server/current-user";
import { getDeckOrThrow } from "@/lib/server/decks/get-deck-or-throw";
import { requireUser } from "@/lib/server/require-user";
import { DeckActions } from "../_editor/deck-actions";
import { CardBackPreview } from "./card-back-preview";

export async function generateMetadata({ params }: { params: Promise<{ deckId: string }> }): Promise<Metadata> {
  const { deckId } = await params;
  const user = await getCurrentUser();
  const deck = user ? await getDeckOrThrow(user.id, deckId).catch(() => null) : null;
  return { title: deck ? `${deck.title} · Deck` : "Deck" };
}

function groupByTopic(cards: readonly CardView[]): [string, CardView[]][] {
  const groups = new Map<string, CardView[]>();
  for (const card of cards) {
    const topic = card.topic.join(" › ") || "General";
    groups.set(topic, [...(groups.get(topic) ?? []), card]);
  }
  return [...groups];
}

export default async function DeckPage({ params }: { params: Promise<{ deckId: string }> }) {
  const { deckId } = await params;
  const user = await requireUser(`/decks/${deckId}`);
  const deck = await getDeckOrThrow(user.id, deckId).catch((error: unknown) => {
    if (error instanceof ApiError && error.status === 404) notFound();
    throw error;
  });
  const rows = await db.card.findMany({ where: { deckId: deck.id, retiredAt: null }, orderBy: { position: "asc" } });
  const cards = rows.map(cardViewFromRow);
  return (
    <section className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{deck.title}</h1>
          {deck.description && <p className="text-slate-600 dark:text-slate-400">{deck.description}</p>}
        </div>
        <div className="flex flex-wrap items-center gap-3">
          {deck.ownerId === user.id && (
            <Link href={`/decks/${deck.id}/edit`} className="rounded border border-slate-300 px-4 py-2 hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800">
              Edit deck
            </Link>
          )}
          <Link href={`/study?deck=${deck.id}`} className="rounded bg-sky-600 px-4 py-2 font-medium text-white hover:bg-sky-700">
            Study this deck
          </Link>
        </div>
      </div>
      {deck.ownerId !== user.id && <DeckActions deckId={deck.id} title={deck.title} owned={false} />}
      <p className="text-sm text-slate-600 dark:text-slate-400">{cards.length} cards</p>
      {groupByTopic(cards).map(([topic, group]) => (
        <section key={topic} aria-label={topic} className="space-y-2">
          <h2 className="text-lg font-medium">{topic}</h2>
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
            {group.map((card) => (
              <li key={card.id} className="grid gap-2 p-3 sm:grid-cols-[6rem_1fr_1fr]" data-testid="deck-card">
                <span className="text-xs uppercase tracking-wide text-slate-500">{card.kind}</span>
                <Markdown text={card.front} className="font-medium" />
                <CardBackPreview card={card} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
