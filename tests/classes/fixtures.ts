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

export function state(userId: string, cardId: string, fields: Partial<Omit<CardStateFact, "userId" | "cardId">> = {}): CardStateFact {
  return { userId, cardId, state: "review", due: daysAgo(-3), stability: 10, lapses: 0, lastReview: daysAgo(2), suspended: false, ...fields };
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
