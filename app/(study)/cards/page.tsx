import type { Metadata } from "next";
import { searchCardsOnDatabase } from "@/lib/server/cards/search-cards";
import { listVisibleDecks } from "@/lib/server/decks/list-decks";
import { requireUser } from "@/lib/server/require-user";
import { CARD_KINDS, CARD_SORTS, CARD_STATES, cardSearchSchema } from "@/lib/validations/card-browser";
import { CardResultsClient } from "./card-results-client";

export const metadata: Metadata = { title: "Cards" };

const field = "mt-1 block w-full rounded border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-900";

/** The card browser: search every card you can study, then act on many at once. */
export default async function CardsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("/cards");
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  const parsed = cardSearchSchema.safeParse(raw);
  const search = parsed.success ? parsed.data : cardSearchSchema.parse({});
  const [decks, result] = await Promise.all([listVisibleDecks(user.id), searchCardsOnDatabase(user.id, search, new Date())]);
  const select = (name: string, label: string, options: readonly string[], value: string | undefined, any = "any") => (
    <label className="text-sm">
      {label}
      <select name={name} defaultValue={value ?? ""} className={field}>
        <option value="">{any}</option>
        {options.map((option) => <option key={option} value={option}>{option}</option>)}
      </select>
    </label>
  );
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">Cards</h1>
      <form method="get" className="grid gap-3 sm:grid-cols-4" aria-label="Search cards">
        <label className="text-sm sm:col-span-2">Text (front or back)<input name="q" defaultValue={search.q ?? ""} className={field} /></label>
        <label className="text-sm">
          Deck
          <select name="deck" defaultValue={search.deck ?? ""} className={field}>
            <option value="">every deck</option>
            {decks.map((deck) => <option key={deck.id} value={deck.id}>{deck.title}</option>)}
          </select>
        </label>
        {select("state", "State", CARD_STATES, search.state)}
        {select("kind", "Kind", CARD_KINDS, search.kind)}
        <label className="text-sm">Topic<input name="topic" defaultValue={search.topic ?? ""} className={field} /></label>
        <label className="text-sm">Tag<input name="tag" defaultValue={search.tag ?? ""} className={field} /></label>
        <label className="text-sm">At least N lapses<input name="minLapses" type="number" min={0} defaultValue={search.minLapses ?? ""} className={field} /></label>
        <label className="text-sm">Due from<input name="dueFrom" type="date" defaultValue={search.dueFrom ?? ""} className={field} /></label>
        <label className="text-sm">Due until<input name="dueTo" type="date" defaultValue={search.dueTo ?? ""} className={field} /></label>
        {select("sort", "Sort by", CARD_SORTS, search.sort, "due")}
        {select("order", "Order", ["asc", "desc"], search.order, "asc")}
        <div className="flex items-end"><button type="submit" className="min-h-11 rounded bg-sky-600 px-4 py-2 font-medium text-white hover:bg-sky-700">Search</button></div>
      </form>
      {!parsed.success && <p role="alert" className="text-sm text-red-700">{parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join(" ")} Showing every card instead.</p>}
      <CardResultsClient cards={result.cards} total={result.total} />
    </section>
  );
}
