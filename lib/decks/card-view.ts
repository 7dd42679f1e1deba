/**
 * A stored card as pages render it: the parser's card plus its database id. The kind-specific
 * fields (mcq options, list items, cloze deletions) travel in the `data` JSON column.
 */
import type { CardKind, ClozeData } from "@/lib/notes/types";

export interface CardData {
  options?: string[];
  answer?: number;
  explanation?: string;
  items?: string[];
  clozes?: ClozeData;
}

export interface CardView extends CardData {
  /** Database id of the card. */
  id: string;
  /** The parser's stable id. */
  key: string;
  kind: CardKind | "scenario";
  front: string;
  back: string;
  topic: string[];
  tags: string[];
  sourceLine: number;
}

export interface StoredCardRow {
  id: string;
  key: string;
  kind: string;
  front: string;
  back: string;
  topic: string;
  tags: string;
  data: string;
  sourceLine: number;
}

const KINDS = new Set(["basic", "qa", "list", "cloze", "mcq", "scenario"]);

function parseJson<T>(text: string, fallback: T): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

function stringArray(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}

export function cardViewFromRow(row: StoredCardRow): CardView {
  const data = parseJson<CardData>(row.data, {});
  return {
    ...data,
    id: row.id,
    key: row.key,
    kind: KINDS.has(row.kind) ? (row.kind as CardView["kind"]) : "basic",
    front: row.front,
    back: row.back,
    topic: stringArray(parseJson<unknown>(row.topic, [])),
    tags: stringArray(parseJson<unknown>(row.tags, [])),
    sourceLine: row.sourceLine,
  };
}

/** The JSON `data` column for a parsed card: only the kind-specific fields it has. */
export function cardDataOf(card: CardData): string {
  const data: CardData = {};
  if (card.options) data.options = card.options;
  if (card.answer !== undefined) data.answer = card.answer;
  if (card.explanation) data.explanation = card.explanation;
  if (card.items) data.items = card.items;
  if (card.clozes) data.clozes = card.clozes;
  return JSON.stringify(data);
}
