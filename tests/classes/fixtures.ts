/** Small, hand-checkable class data for the analytics tests. */
import type { AssignedCard, AttemptFact, CardStateFact, ClassLearner, ReviewTally } from "@/lib/classes";

export const NOW = new Date("2026-12-07T12:00:00Z");
export const DAY = 86_400_000;
export const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY);

export const learners: ClassLearner[] = [
  { userId: "ada", name: "Ada", email: "ada@example.com" },
  { userId: "bo", name: "Bo", email: "bo@example.com" },
  { userId: "cy", name: "Cy", email: "cy@example.com" },
];

export const cards: AssignedCard[] = [
  { cardId: "c1", deckId: "d1", front: "What selects a Service's pods?", topic: "Services" },
  { cardId: "c2", deckId: "d1", front: "What is a ClusterIP?", topic: "Services" },
  { cardId: "c3", deckId: "d1", front: "What restarts a crashed Pod?", topic: "Pods" },
];

export function tally(userId: string, cardId: string, counts: Partial<Omit<ReviewTally, "userId" | "cardId">>): ReviewTally {
  return { userId, cardId, reviews30d: 0, reviews7d: 0, again30d: 0, retentionReviews30d: 0, retentionPassed30d: 0, ...counts };
}

type StateFields = Partial<Omit<CardStateFact, "userId" | "cardId" | "due" | "lastReview"> & { due: Date; lastReview: Date | null }>;

export function state(userId: string, cardId: string, fields: StateFields = {}): CardStateFact {
  const { due = daysAgo(-3), lastReview = daysAgo(2), ...rest } = fields;
  return { userId, cardId, state: "review", stability: 10, lapses: 0, suspended: false, ...rest, due: due.getTime(), lastReview: lastReview === null ? null : lastReview.getTime() };
}

export function attempt(userId: string, scenarioId: string, passed: boolean, minutesAfter: number, failed: [string, string][] = []): AttemptFact {
  return {
    userId,
    scenarioId,
    passed,
    hintsUsed: 0,
    createdAt: new Date(daysAgo(1).getTime() + minutesAfter * 60_000),
    failedChecks: failed.map(([id, message]) => ({ id, title: `${id} title`, message })),
  };
}
