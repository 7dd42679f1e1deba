/**
 * In-place edit of one card (the card browser and card info): the new front and back are written
 * into the deck's Markdown where the card's text is, between its source line and the next card's,
 * so the deck stays the one source of truth and the save goes through the editor's save path.
 * A front that changes gets the card's id pinned on the line before it (`<!-- id: … -->`), so the
 * learners' progress stays with the card.
 */

export interface EditedCard {
  key: string;
  kind: string;
  front: string;
  back: string;
  sourceLine: number;
}

export interface CardTextEdit {
  front: string;
  back: string;
}

export type RewriteResult = { ok: true; markdown: string } | { ok: false; field: "front" | "back" | "card"; message: string };

const EDITABLE_KINDS = new Set(["basic", "qa"]);

/** Kinds whose front and back are written as-is in the Markdown (lists, cloze and quizzes are assembled). */
export function isEditableInPlace(kind: string): boolean {
  return EDITABLE_KINDS.has(kind);
}
const PIN_COMMENT = /^\s*<!--\s*id\s*:\s*(\S+?)\s*-->\s*$/i;

/** The lines [start, end) of the card: from its source line up to the next card's (or the end). */
function cardBlock(lines: readonly string[], sourceLine: number, otherLines: readonly number[]): { start: number; end: number } {
  const next = otherLines.filter((line) => line > sourceLine).reduce((min, line) => Math.min(min, line), lines.length + 1);
  return { start: sourceLine - 1, end: next - 1 };
}

interface Span {
  at: number;
  length: number;
}

/** Whether the card already has a pin comment on the closest non-blank line before it. */
function isPinned(lines: readonly string[], start: number): boolean {
  let previous = start - 1;
  while (previous >= 0 && (lines[previous] ?? "").trim() === "") previous--;
  return previous >= 0 && PIN_COMMENT.test(lines[previous] ?? "");
}

/**
 * `otherSourceLines` are the source lines of the deck's other live cards (they bound this card's
 * text). Refuses a kind whose text is assembled from several places, and text it cannot find as
 * written: those are edited in the deck editor.
 */
export function rewriteCardText(markdown: string, card: EditedCard, otherSourceLines: readonly number[], edit: CardTextEdit): RewriteResult {
  if (!isEditableInPlace(card.kind)) {
    return { ok: false, field: "card", message: `A ${card.kind} card is made from several parts of the deck; edit it in the deck editor (line ${card.sourceLine}).` };
  }
  const lines = markdown.split("\n");
  if (card.sourceLine < 1 || card.sourceLine > lines.length) return { ok: false, field: "card", message: `The card's line ${card.sourceLine} is not in the deck any more; reload the page.` };
  const { start, end } = cardBlock(lines, card.sourceLine, otherSourceLines);
  const block = lines.slice(start, end).join("\n");
  // The front is written first and the back after it (a short back can also occur inside the front).
  const frontAt = block.indexOf(card.front);
  const backAt = block.indexOf(card.back, frontAt < 0 ? 0 : frontAt + card.front.length);
  const spans: Record<"front" | "back", Span> = { front: { at: frontAt, length: card.front.length }, back: { at: backAt, length: card.back.length } };
  let rewritten = block;
  for (const field of ["back", "front"] as const) {
    if (edit[field] === card[field]) continue;
    const span = spans[field];
    if (span.at < 0 || card[field] === "") {
      return { ok: false, field, message: `The card's ${field} is not written as-is at lines ${start + 1}–${end} (it is reformatted from the Markdown); edit it in the deck editor.` };
    }
    rewritten = rewritten.slice(0, span.at) + edit[field] + rewritten.slice(span.at + span.length);
  }
  const pin = edit.front !== card.front && !isPinned(lines, start) ? [`<!-- id: ${card.key} -->`] : [];
  return { ok: true, markdown: [...lines.slice(0, start), ...pin, rewritten, ...lines.slice(end)].join("\n") };
}
