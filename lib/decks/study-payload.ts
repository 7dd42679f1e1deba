/** What the study page receives from the server: the queue's counts and the next card to show. */
import type { CardView } from "./card-view";

export type QueueKind = "learning" | "review" | "new";

export interface StudyCardPayload {
  card: CardView;
  deckTitle: string;
  queueKind: QueueKind;
  /** Interval labels for Again, Hard, Good, Easy. */
  previews: { rating: 1 | 2 | 3 | 4; label: string }[];
}

export interface StudyQueuePayload {
  next: StudyCardPayload | null;
  counts: { learning: number; review: number; new: number };
  nextLearningDue: string | null;
  dayEndsAt: string;
  doneToday: number;
}
