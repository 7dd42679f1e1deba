/**
 * What a save does to a deck's cards, counted before anything is written (so a dry run answers
 * the same): cards matched by stable key are "kept" when what a learner sees is the same (a card
 * that only moved, or whose source line changed, is kept), "changed" when its kind, front, back,
 * kind-specific data, topic or tags differ; keys that are new are "added" (a retired card that
 * comes back is "added" and also counted as "restored"); current cards no longer made are "retired".
 */
import { cardDataOf } from "./card-view";
import type { Card } from "@/lib/notes";

export interface StoredCardContent {
  key: string;
  kind: string;
  front: string;
  back: string;
  data: string;
  topic: string;
  tags: string;
  retiredAt: Date | null;
}

export interface CardChangeSummary {
  added: number;
  changed: number;
  retired: number;
  kept: number;
  restored: number;
}

function sameContent(row: StoredCardContent, card: Card): boolean {
  return (
    row.kind === card.kind &&
    row.front === card.front &&
    row.back === card.back &&
    row.data === cardDataOf(card) &&
    row.topic === JSON.stringify(card.topic) &&
    row.tags === JSON.stringify(card.tags)
  );
}

export function summariseCardChanges(existing: readonly StoredCardContent[], cards: readonly Card[]): CardChangeSummary {
  const summary: CardChangeSummary = { added: 0, changed: 0, retired: 0, kept: 0, restored: 0 };
  const byKey = new Map(existing.map((row) => [row.key, row]));
  const seen = new Set<string>();
  for (const card of cards) {
    if (seen.has(card.id)) continue;
    seen.add(card.id);
    const row = byKey.get(card.id);
    if (!row) summary.added += 1;
    else if (row.retiredAt) {
      summary.added += 1;
      summary.restored += 1;
    } else if (sameContent(row, card)) summary.kept += 1;
    else summary.changed += 1;
  }
  summary.retired = existing.filter((row) => !row.retiredAt && !seen.has(row.key)).length;
  return summary;
}
