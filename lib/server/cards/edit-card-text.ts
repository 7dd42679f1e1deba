import "server-only";
import { parseDeckMarkdown } from "@/lib/decks/parse-deck-markdown";
import { rewriteCardText } from "@/lib/decks/rewrite-card-text";
import type { CardTextEdit } from "@/lib/validations/card-browser";
import { ApiError } from "../api-error";
import { db } from "../db";
import { getOwnedDeckOrThrow } from "../decks/get-owned-deck-or-throw";
import { visibleDecksWhere } from "../decks/list-decks";
import { loadDeckSource } from "../decks/load-deck-source";
import { saveDeckMarkdown, type SaveDeckResult } from "../decks/save-deck-markdown";

const sameText = (a: string, b: string) => a.replace(/\s+/g, " ").trim() === b.replace(/\s+/g, " ").trim();

/**
 * Edits one card's front and back where they are written in its deck's Markdown and saves the deck
 * as its next revision through the editor's save path (stable ids keep progress; the answer says
 * added / changed / retired / kept). A card the user cannot see is a 404, one in a deck they do not
 * own a 403, a deck changed since `baseRevision` a 409.
 */
export async function editCardText(userId: string, cardId: string, input: CardTextEdit, now: Date): Promise<SaveDeckResult> {
  return db.$transaction(async (tx) => {
    const card = await tx.card.findFirst({
      where: { id: cardId, retiredAt: null, deck: visibleDecksWhere(userId) },
      select: { key: true, kind: true, front: true, back: true, sourceLine: true, deckId: true },
    });
    if (!card) throw new ApiError(404, `No card with id "${cardId}" that you can see. Open it from a deck you study.`);
    const deck = await getOwnedDeckOrThrow(tx, userId, card.deckId);
    const source = await loadDeckSource(tx, deck);
    if (source.revision !== input.baseRevision) {
      throw new ApiError(
        409,
        `"${deck.title}" changed since this page loaded: revision ${source.revision} is current, the page showed revision ${input.baseRevision}. Reload the page and make your edit again.`,
        [{ path: "baseRevision", message: `revision ${source.revision} is current` }],
      );
    }
    const others = await tx.card.findMany({ where: { deckId: deck.id, retiredAt: null, key: { not: card.key } }, select: { sourceLine: true } });
    const rewritten = rewriteCardText(source.markdown, card, others.map((row) => row.sourceLine), input);
    if (!rewritten.ok) throw new ApiError(422, rewritten.message, [{ path: rewritten.field === "card" ? "cardId" : rewritten.field, message: rewritten.message }]);
    const parsed = parseDeckMarkdown(rewritten.markdown, source.keyPrefix).cards.find((made) => made.id === card.key);
    if (!parsed || !sameText(parsed.front, input.front) || !sameText(parsed.back, input.back)) {
      throw new ApiError(422, `With this text the deck no longer reads as this card at line ${card.sourceLine} (Markdown in the text changes its shape); edit it in the deck editor.`, [
        { path: "front", line: card.sourceLine, message: "the card would not keep its text" },
      ]);
    }
    return saveDeckMarkdown(tx, deck, userId, { markdown: rewritten.markdown, baseRevision: input.baseRevision, message: `edited a card in place (line ${card.sourceLine})` }, now);
  });
}
