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

/** Why the queue holds what it holds: the daily limits and the cards kept out today. */
export interface QueueLimits {
  newCardsPerDay: number;
  newDoneToday: number;
  /** New cards left out today by the daily limit. */
  newOverLimit: number;
  maxReviewsPerDay: number;
  reviewOverLimit: number;
  /** Cards hidden today because a card of the same note was studied. */
  buriedSiblings: number;
  /** Counted only when nothing is left to study (they cost a pass over every card). */
  buriedByYou?: number;
  suspended?: number;
}

export interface StudyQueuePayload {
  next: StudyCardPayload | null;
  counts: { learning: number; review: number; new: number };
  nextLearningDue: string | null;
  dayEndsAt: string;
  doneToday: number;
  limits?: QueueLimits;
}
