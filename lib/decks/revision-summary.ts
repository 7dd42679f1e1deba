/** One revision of a deck as the history lists it: when, by whom, and what the save did to the cards. */
export interface DeckRevisionSummary {
  number: number;
  createdAt: string;
  author: string | null;
  message: string;
  added: number;
  changed: number;
  retired: number;
  kept: number;
}
