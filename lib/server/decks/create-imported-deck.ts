import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { normaliseClozeCard } from "@/lib/decks/cloze-render";
import { keyPrefixOfKeys } from "@/lib/decks/parse-deck-markdown";
import { slugify } from "@/lib/notes";
import type { Card } from "@/lib/notes/types";
import type { ImportDeckInput } from "@/lib/validations/deck";
import { db } from "../db";
import { checkDeckQuotas } from "./check-deck-quotas";
import { freeSlug } from "./find-slug-conflict";
import { syncDeckCards } from "./sync-deck-cards";

/**
 * Saves the cards a learner kept from "import my notes" as a new private deck. Its Markdown is
 * revision 1, so the deck opens in the editor; later saves re-parse the Markdown with the same key
 * prefix, so the imported cards keep their ids.
 */
export async function createImportedDeck(userId: string, input: ImportDeckInput, now: Date = new Date()) {
  const slug = `import-${randomBytes(6).toString("hex")}`;
  const cards: Card[] = input.cards.map((card) => normaliseClozeCard({ ...card }));
  return db.$transaction(async (tx) => {
    await checkDeckQuotas(tx, userId, cards.length);
    const authorSlug = await freeSlug(tx, userId, slugify(input.title, 60));
    const deck = await tx.deck.create({
      data: {
        slug,
        authorSlug,
        title: input.title,
        description: input.description,
        origin: "imported",
        visibility: "private",
        ownerId: userId,
        sourceText: input.sourceText,
        sourceHash: createHash("sha256").update(input.sourceText).digest("hex"),
      },
    });
    const counts = await syncDeckCards(tx, deck.id, cards, now);
    const keyPrefix = keyPrefixOfKeys(cards.map((card) => card.id), authorSlug);
    await tx.deckRevision.create({ data: { deckId: deck.id, number: 1, markdown: input.sourceText, keyPrefix, authorId: userId, message: "imported", added: counts.added } });
    return { id: deck.id, slug, title: deck.title, cards: counts.added };
  });
}
