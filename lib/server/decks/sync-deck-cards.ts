/**
 * Writes a deck's parsed cards to the database without losing anyone's progress: cards are matched
 * by their stable key, so an edited card keeps its id (and every learner's schedule and history);
 * new cards are added; cards no longer in the source are retired (hidden from study, history kept).
 * Nothing is deleted.
 */
import type { Prisma } from "@/prisma/generated/client";
import type { Card } from "@/lib/notes/types";
import { cardDataOf } from "@/lib/decks/card-view";

export interface CardSyncCounts {
  added: number;
  updated: number;
  unchanged: number;
  retired: number;
  restored: number;
}

type Tx = Prisma.TransactionClient;

/** A card to store: the parser's shape, or another kind (e.g. "scenario") with the same fields. */
export type StoredCardInput = Omit<Card, "kind"> & { kind: string };

export async function syncDeckCards(tx: Tx, deckId: string, cards: readonly StoredCardInput[], now: Date): Promise<CardSyncCounts> {
  const counts: CardSyncCounts = { added: 0, updated: 0, unchanged: 0, retired: 0, restored: 0 };
  const existing = await tx.card.findMany({ where: { deckId } });
  const byKey = new Map(existing.map((row) => [row.key, row]));
  const seen = new Set<string>();

  for (const [position, card] of cards.entries()) {
    if (seen.has(card.id)) continue; // the parser guarantees unique ids; never write one twice
    seen.add(card.id);
    const fields = {
      kind: card.kind,
      front: card.front,
      back: card.back,
      topic: JSON.stringify(card.topic),
      tags: JSON.stringify(card.tags),
      data: cardDataOf(card),
      noteId: card.noteId,
      sourceLine: card.source.line,
      position,
    };
    const row = byKey.get(card.id);
    if (!row) {
      await tx.card.create({ data: { deckId, key: card.id, ...fields } });
      counts.added += 1;
      continue;
    }
    const changed = (Object.keys(fields) as (keyof typeof fields)[]).some((field) => row[field] !== fields[field]);
    if (row.retiredAt) counts.restored += 1;
    else if (changed) counts.updated += 1;
    else counts.unchanged += 1;
    if (changed || row.retiredAt) {
      await tx.card.update({ where: { id: row.id }, data: { ...fields, retiredAt: null } });
    }
  }

  const gone = existing.filter((row) => !seen.has(row.key) && !row.retiredAt).map((row) => row.id);
  if (gone.length > 0) {
    await tx.card.updateMany({ where: { id: { in: gone } }, data: { retiredAt: now } });
    counts.retired = gone.length;
  }
  return counts;
}
