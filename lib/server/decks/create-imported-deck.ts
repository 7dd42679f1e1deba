import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { normaliseClozeCard } from "@/lib/decks/cloze-render";
import type { Card } from "@/lib/notes/types";
import type { ImportDeckInput } from "@/lib/validations/deck";
import { db } from "../db";
import { checkImportQuotas } from "./check-import-quotas";
import { syncDeckCards } from "./sync-deck-cards";

/** Saves the cards a learner kept from "import my notes" as a new private deck. */
export async function createImportedDeck(userId: string, input: ImportDeckInput, now: Date = new Date()) {
  const slug = `import-${randomBytes(6).toString("hex")}`;
  const cards: Card[] = input.cards.map((card) => normaliseClozeCard({ ...card }));
  return db.$transaction(async (tx) => {
    await checkImportQuotas(tx, userId, cards.length);
    const deck = await tx.deck.create({
      data: {
        slug,
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
    return { id: deck.id, slug, title: deck.title, cards: counts.added };
  });
}
