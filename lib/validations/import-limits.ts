/**
 * Every limit on "import my notes", in one place: what one request may carry and what one account may
 * keep. The README's "Backups and restore" section lists them; change both together.
 */

/** The notes (source text) of one import, in UTF-8 bytes; their structure has its own limit (./reading-cost.ts). */
export const MAX_NOTES_BYTES = 100_000;
/** Cards in one import, which is also the most one deck may hold. */
export const MAX_CARDS_PER_DECK = 1_000;
/** The cards of one import together (their JSON), in UTF-8 bytes. */
export const MAX_CARD_BYTES_PER_IMPORT = 500_000;
/** Imported decks one account may own. */
export const MAX_DECKS_PER_USER = 100;
/** Cards across all the decks one account imported. */
export const MAX_IMPORTED_CARDS_PER_USER = 20_000;
