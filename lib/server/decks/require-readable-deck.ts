import "server-only";
import { runWithinBudget } from "../budget/run-within-budget";

/** What a deck save may cost to read; the import preview's budget. */
const DECK_BUDGET = { ms: 2_000, what: "Split the deck into smaller decks, or flatten deeply nested quotes and lists." };

/**
 * Reads a deck's Markdown once in the budget pool before a save parses it inside its transaction
 * (issue 12): Markdown that takes more than the budget answers 422 "too complex" instead of holding a
 * request worker and SQLite's write lock for seconds. What passes is parsed again by the save.
 */
export async function requireReadableDeck(markdown: string): Promise<void> {
  await runWithinBudget("parseNotes", { text: markdown, file: "deck.md" }, DECK_BUDGET);
}
