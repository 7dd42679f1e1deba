/**
 * Kubedeck's own scheduling types. Nothing outside lib/srs sees ts-fsrs: these camelCase types are
 * the contract between the scheduler, the database adapter and the study/progress pages.
 *
 * Times are `Date` objects everywhere (the database stores DateTime columns, React Server
 * Components serialise Dates). Use `scheduleToJson` / `scheduleFromJson` (./serialize) when a
 * schedule has to travel as JSON, e.g. the `previous` snapshot of a review log row.
 */

/** The four answer buttons. The numbers are FSRS's (and the CSV export's) rating codes. */
export type Rating = 1 | 2 | 3 | 4;
export const RATINGS: readonly Rating[] = [1, 2, 3, 4];
export const RATING_LABELS: Readonly<Record<Rating, string>> = { 1: "Again", 2: "Hard", 3: "Good", 4: "Easy" };

export function isRating(value: unknown): value is Rating {
  return value === 1 || value === 2 || value === 3 || value === 4;
}

export type CardStateName = "new" | "learning" | "review" | "relearning";
export const CARD_STATES: readonly CardStateName[] = ["new", "learning", "review", "relearning"];

export function isCardStateName(value: unknown): value is CardStateName {
  return value === "new" || value === "learning" || value === "review" || value === "relearning";
}

/**
 * The FSRS memory and scheduling state of one card: everything a review changes and an undo
 * restores. `stability` is in days (the interval at which recall probability is 90 %),
 * `difficulty` is 1–10 (0 for a new card).
 */
export interface CardSchedule {
  readonly state: CardStateName;
  readonly due: Date;
  readonly stability: number;
  readonly difficulty: number;
  /** Whole days between the last two reviews (kept for the log; FSRS recomputes it). */
  readonly elapsedDays: number;
  /** Whole days the last review scheduled (0 while in (re)learning steps). */
  readonly scheduledDays: number;
  /** Index of the current (re)learning step. */
  readonly learningSteps: number;
  readonly reps: number;
  readonly lapses: number;
  readonly lastReview: Date | null;
}

/** What the learner (or the leech rule) decided about a card; separate from the memory model. */
export interface CardFlags {
  readonly suspended: boolean;
  /** The card is hidden from the queue until this instant (the next study day's start). */
  readonly buriedUntil: Date | null;
  /** Tagged as a leech: lapsed at least `leechThreshold` times. */
  readonly leech: boolean;
}

/** A card as the scheduler sees it. `id` also seeds the interval fuzz. */
export interface SrsCard {
  readonly id: string;
  readonly schedule: CardSchedule;
  readonly flags: CardFlags;
}

/**
 * One answered review, append-only. `previous` and `previousFlags` are exact snapshots of the
 * card before the answer, so undo restores it exactly (`rollback(review(card)) == card`).
 */
export interface ReviewLogEntry {
  readonly cardId: string;
  readonly rating: Rating;
  readonly reviewedAt: Date;
  /** State of the card when it was answered. */
  readonly stateBefore: CardStateName;
  /** Whole days since the card's previous review (0 for its first review). */
  readonly elapsedDays: number;
  /** Whole days this answer scheduled (0 when the card went into a (re)learning step). */
  readonly scheduledDays: number;
  /** When the card is due after this answer. */
  readonly dueAfter: Date;
  /** True when this answer made the card a leech. */
  readonly becameLeech: boolean;
  readonly previous: CardSchedule;
  readonly previousFlags: CardFlags;
}

/** A (re)learning step: "1m", "10m", "1h", "1d". */
export type StepUnit = `${number}${"m" | "h" | "d"}`;

export type LeechAction = "suspend" | "tag";

export interface SchedulerOptions {
  /** Target probability of recall at the due date, 0.70–0.97 in the settings UI. Default 0.9. */
  readonly desiredRetention?: number;
  /** Longest interval in days. Default 36500. */
  readonly maximumInterval?: number;
  /** 21 FSRS-6 weights (a learner's fitted parameters); default FSRS-6 weights when omitted. */
  readonly parameters?: readonly number[];
  /** Spread intervals of ≥ 3 days a little so cards learnt together do not stay together. */
  readonly enableFuzz?: boolean;
  /** Default ["1m", "10m"]. */
  readonly learningSteps?: readonly StepUnit[];
  /** Default ["10m"]. */
  readonly relearningSteps?: readonly StepUnit[];
  /** Lapses that make a card a leech. Default 8. */
  readonly leechThreshold?: number;
  /** What happens to a leech: "suspend" (tag and suspend, default) or "tag" only. */
  readonly leechAction?: LeechAction;
  /**
   * The learner's IANA zone and study-day start: FSRS counts days elapsed between reviews in study
   * days (as the fitter does), not UTC dates. Default "UTC" and 4.
   */
  readonly timeZone?: string;
  readonly dayStartHour?: number;
}

/** What one answer button would do, for the button labels. */
export interface RatingPreview {
  readonly rating: Rating;
  readonly schedule: CardSchedule;
  /** Short interval label: "1m", "10m", "1h", "3d", "2mo", "1.2y". */
  readonly label: string;
}

export interface ReviewResult {
  readonly card: SrsCard;
  readonly log: ReviewLogEntry;
}

export const DEFAULT_FLAGS: CardFlags = { suspended: false, buriedUntil: null, leech: false };
