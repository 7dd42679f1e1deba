/** A deck as the deck list shows it: what it is and how many cards of each kind it holds. */
export interface DeckSummary {
  id: string;
  slug: string;
  title: string;
  description: string;
  origin: string;
  ownedByMe: boolean;
  visibility: string;
  /** The owner's name, for a public deck of someone else's. */
  author: string | null;
  /** Names of the classes the deck is shared with (visibility "classes") that the viewer is in or teaches; all of them on one's own deck. */
  classes: string[];
  counts: Record<string, number>;
  total: number;
  /** What studying this deck alone offers now (the deck list and dashboard fill it in). */
  study?: { new: number; learning: number; review: number };
}
