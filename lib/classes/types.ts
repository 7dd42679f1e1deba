/**
 * The shapes class analytics read and return. Loaders (lib/server/classes) fill the inputs with rows
 * bounded by one class: its members, and only the decks and scenarios assigned in it.
 */

export interface ClassLearner {
  readonly userId: string;
  readonly name: string;
  readonly email: string;
}

/** One learner's answers to one assigned card over the last 30 days (counted by SQLite, undone left out). */
export interface ReviewTally {
  readonly userId: string;
  readonly cardId: string;
  readonly reviews30d: number;
  readonly reviews7d: number;
  /** Answers rated Again. */
  readonly again30d: number;
  /** Answers given while the card was in the review state (what true retention counts). */
  readonly retentionReviews30d: number;
  /** Of those, the ones not rated Again. */
  readonly retentionPassed30d: number;
}

/** One learner's scheduling state of one assigned card (no row: the card is new to them). */
export interface CardStateFact {
  readonly userId: string;
  readonly cardId: string;
  readonly state: "new" | "learning" | "review" | "relearning";
  /** Epoch milliseconds (numbers, not Dates: a class has tens of thousands of these). */
  readonly due: number;
  readonly stability: number;
  readonly lapses: number;
  /** Epoch milliseconds; null before the first review. */
  readonly lastReview: number | null;
  readonly suspended: boolean;
}

export interface AssignedCard {
  readonly cardId: string;
  readonly deckId: string;
  readonly front: string;
  /** The card's chapter: its first heading, else the deck's title. */
  readonly topic: string;
}

export interface FailedCheck {
  /** The scenario check's stable id, or "admission" when the API server rejected the manifests. */
  readonly id: string;
  readonly title: string;
  readonly message: string;
}

export interface AttemptFact {
  readonly userId: string;
  readonly scenarioId: string;
  readonly passed: boolean;
  readonly hintsUsed: number;
  readonly createdAt: Date;
  readonly failedChecks: readonly FailedCheck[];
}

export interface LearnerScenarioStatus {
  readonly scenarioId: string;
  readonly passed: boolean;
  /** passed | failing | not-tried */
  readonly status: "passed" | "failing" | "not-tried";
  readonly attempts: number;
  readonly hintsUsed: number;
}

export interface LearnerProgress {
  readonly userId: string;
  readonly name: string;
  readonly email: string;
  readonly lastActiveAt: string | null;
  readonly reviews7d: number;
  readonly reviews30d: number;
  /** Share of review-state answers not rated Again; null under MIN_RETENTION_REVIEWS answers. */
  readonly retention30d: number | null;
  readonly cardsIntroduced: number;
  readonly cardsAssigned: number;
  readonly dueNow: number;
  readonly scenarios: readonly LearnerScenarioStatus[];
}

export interface HardCard {
  readonly cardId: string;
  readonly front: string;
  readonly reviews: number;
  readonly againRate: number;
  readonly lapses: number;
}

export interface RankedCheck {
  readonly check: string;
  readonly title: string;
  /** Learners whose latest failing attempts failed this check. */
  readonly count: number;
  /** The explanation the grader gave most often for it. */
  readonly example: string;
}

export interface ScenarioSummary {
  readonly scenarioId: string;
  /** Learners who tried it. */
  readonly learners: number;
  readonly passed: number;
  readonly passRate: number | null;
  readonly medianAttempts: number | null;
  readonly failedChecks: readonly RankedCheck[];
}
