import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Markdown } from "@/app/_components/markdown";
import { isEditableInPlace } from "@/lib/decks/rewrite-card-text";
import { ApiError } from "@/lib/server/api-error";
import { getCardInfo } from "@/lib/server/cards/get-card-info";
import { ownedDeckRevisionsOnDatabase } from "@/lib/server/cards/owned-deck-revisions";
import { requireUser } from "@/lib/server/require-user";
import { EditCardForm } from "../edit-card-form";
import { CardActionsClient } from "./card-actions-client";
import { CardFacts } from "./card-facts";
import { CardHistoryTable } from "./card-history-table";

export const metadata: Metadata = { title: "Card info" };

export default async function CardInfoPage({ params }: { params: Promise<{ cardId: string }> }) {
  const { cardId } = await params;
  const user = await requireUser(`/cards/${cardId}`);
  const info = await getCardInfo(user.id, cardId, new Date()).catch((error: unknown) => {
    if (error instanceof ApiError && error.status === 404) notFound();
    throw error;
  });
  const deckRevision = info.retired || !isEditableInPlace(info.card.kind) ? undefined : (await ownedDeckRevisionsOnDatabase(user.id, [info.deck.id])).get(info.deck.id);
  return (
    <section className="mx-auto max-w-3xl space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">Card info</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          From <Link href={`/decks/${info.deck.id}`} className="text-sky-700 underline dark:text-sky-400">{info.deck.title}</Link>
          {info.card.topic.length > 0 && ` · ${info.card.topic.join(" › ")}`}
          {info.retired && " · retired from its deck"}
        </p>
      </div>
      <div className="grid gap-4 rounded-lg border border-slate-200 p-4 dark:border-slate-800 sm:grid-cols-2">
        <div>
          <h2 className="mb-1 text-xs font-medium uppercase tracking-wide text-slate-500">Front</h2>
          <Markdown text={info.card.front} />
        </div>
        <div>
          <h2 className="mb-1 text-xs font-medium uppercase tracking-wide text-slate-500">Back</h2>
          <Markdown text={info.card.back} />
        </div>
      </div>
      {deckRevision !== undefined && <EditCardForm cardId={info.card.id} front={info.card.front} back={info.card.back} baseRevision={deckRevision} />}
      <CardFacts info={info} />
      <CardActionsClient cardId={info.card.id} suspended={info.suspended} buried={info.buriedUntil !== null} studied={info.state !== "new"} />
      <CardHistoryTable history={info.history} />
    </section>
  );
}
