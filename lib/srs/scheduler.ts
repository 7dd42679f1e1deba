/**
 * The FSRS-6 scheduler in Kubedeck's types: a thin, pure wrapper around ts-fsrs.
 *
 * - Every call takes `now`; nothing reads the clock.
 * - Fuzz is on by default and seeded per card (card id + repetition count), so the same card
 *   answered the same way at the same time always gets the same due date, and `preview` shows
 *   exactly the interval `review` will give.
 * - Undo does not use ts-fsrs's `rollback` (it cannot restore the previous due date); the log
 *   carries an exact snapshot of the card before the answer instead.
 */
import {
  GenSeedStrategyWithCardId,
  StrategyMode,
  checkParameters,
  default_w,
  forgetting_curve,
  fsrs,
  generatorParameters,
  type Card,
  type FSRS,
} from "ts-fsrs";
import { copySchedule, fromFsrsCard, gradeOf, toFsrsCard } from "./fsrs-adapter";
import { intervalLabel } from "./interval-label";
import { DEFAULT_DAY_START_HOUR, daysBetween, studyDayOf } from "./study-day";
import {
  RATINGS,
  type CardFlags,
  type CardSchedule,
  type LeechAction,
  type Rating,
  type RatingPreview,
  type ReviewLogEntry,
  type ReviewResult,
  type SchedulerOptions,
  type SrsCard,
  type StepUnit,
} from "./types";

export const DEFAULT_PARAMETERS: readonly number[] = Object.freeze([...default_w]);
export const DEFAULT_LEARNING_STEPS: readonly StepUnit[] = ["1m", "10m"];
export const DEFAULT_RELEARNING_STEPS: readonly StepUnit[] = ["10m"];
export const DEFAULT_LEECH_THRESHOLD = 8;
export const PARAMETER_COUNT = 21;

const DAY_MS = 86_400_000;
const SEED_FIELD = "kubedeck_fuzz_seed";

export interface Scheduler {
  readonly desiredRetention: number;
  readonly parameters: readonly number[];
  readonly leechThreshold: number;
  readonly leechAction: LeechAction;
  /** Answer a card. `fuzzSeed` defaults to the card id. Applies the leech rule. */
  review(card: SrsCard, rating: Rating, now: Date, options?: { fuzzSeed?: string }): ReviewResult;
  /** What each button would do, in rating order 1–4, with labels for the buttons. */
  preview(card: SrsCard, now: Date, options?: { fuzzSeed?: string }): readonly RatingPreview[];
  /** Predicted probability of recall at `now` (0 for a new card), using fractional days. */
  retrievability(schedule: CardSchedule, now: Date): number;
  /** Undo: the card exactly as it was before `log`. Throws unless `log` is the card's last review. */
  rollback(card: SrsCard, log: ReviewLogEntry): SrsCard;
  /** Start over: a new card due now with no reviews or lapses; clears the leech tag and suspension. */
  reset(card: SrsCard, now: Date): SrsCard;
  /** The schedule of a card that has never been studied, due at `now`. */
  newCardState(now: Date): CardSchedule;
}

function validate(options: SchedulerOptions): void {
  const retention = options.desiredRetention ?? 0.9;
  if (!(retention > 0 && retention < 1)) {
    throw new RangeError(`desiredRetention must be between 0 and 1 (exclusive), got ${retention}`);
  }
  if (options.parameters && options.parameters.length !== PARAMETER_COUNT) {
    throw new RangeError(`parameters must have ${PARAMETER_COUNT} numbers (FSRS-6), got ${options.parameters.length}`);
  }
  const threshold = options.leechThreshold ?? DEFAULT_LEECH_THRESHOLD;
  if (!Number.isInteger(threshold) || threshold < 1) {
    throw new RangeError(`leechThreshold must be a positive integer, got ${threshold}`);
  }
}

export function createScheduler(options: SchedulerOptions = {}): Scheduler {
  validate(options);
  const parameters = Object.freeze([...(options.parameters ?? DEFAULT_PARAMETERS)]);
  checkParameters(parameters);
  const desiredRetention = options.desiredRetention ?? 0.9;
  const leechThreshold = options.leechThreshold ?? DEFAULT_LEECH_THRESHOLD;
  const leechAction = options.leechAction ?? "suspend";
  const engine: FSRS = fsrs(
    generatorParameters({
      w: [...parameters],
      request_retention: desiredRetention,
      maximum_interval: options.maximumInterval ?? 36500,
      enable_fuzz: options.enableFuzz ?? true,
      enable_short_term: true,
      learning_steps: [...(options.learningSteps ?? DEFAULT_LEARNING_STEPS)],
      relearning_steps: [...(options.relearningSteps ?? DEFAULT_RELEARNING_STEPS)],
    }),
  ).useStrategy(StrategyMode.SEED, GenSeedStrategyWithCardId(SEED_FIELD));

  const timeZone = options.timeZone ?? "UTC";
  const dayStartHour = options.dayStartHour ?? DEFAULT_DAY_START_HOUR;
  studyDayOf(new Date(0), timeZone, dayStartHour); // fail fast on a bad zone or hour

  // ts-fsrs counts elapsed days as UTC calendar dates between last_review and now, and uses
  // last_review for nothing else. Handing it a stand-in exactly N×24 h before `now`, N being the
  // study days elapsed in the learner's zone, makes it count study days. The result's last_review
  // is `now`, so the stand-in never leaks out.
  function engineCard(card: SrsCard, now: Date, fuzzSeed: string | undefined): Card {
    const fsrsCard = toFsrsCard(card.schedule);
    const last = card.schedule.lastReview;
    if (last) {
      const elapsed = Math.max(0, daysBetween(studyDayOf(last, timeZone, dayStartHour), studyDayOf(now, timeZone, dayStartHour)));
      fsrsCard.last_review = new Date(now.getTime() - elapsed * DAY_MS);
    }
    // ts-fsrs builds the seed as `card[field] + reps`; the ":" keeps "c1"+11 and "c11"+1 apart.
    return Object.assign(fsrsCard, { [SEED_FIELD]: `${fuzzSeed ?? card.id}:` });
  }

  function leechFlags(flags: CardFlags, before: CardSchedule, after: CardSchedule): CardFlags {
    const crossed = after.lapses >= leechThreshold && after.lapses > before.lapses && !flags.leech;
    if (!crossed) return { ...flags };
    return { ...flags, leech: true, suspended: leechAction === "suspend" ? true : flags.suspended };
  }

  function retrievability(schedule: CardSchedule, now: Date): number {
    if (schedule.state === "new" || !schedule.lastReview || schedule.stability <= 0) return 0;
    const days = Math.max(0, (now.getTime() - schedule.lastReview.getTime()) / DAY_MS);
    return forgetting_curve(parameters, days, schedule.stability);
  }

  return {
    desiredRetention,
    parameters,
    leechThreshold,
    leechAction,
    retrievability,

    review(card, rating, now, reviewOptions = {}) {
      const next = engine.next(engineCard(card, now, reviewOptions.fuzzSeed), now, gradeOf(rating));
      const schedule = fromFsrsCard(next.card);
      const flags = leechFlags(card.flags, card.schedule, schedule);
      const log: ReviewLogEntry = {
        cardId: card.id,
        rating,
        reviewedAt: new Date(now.getTime()),
        stateBefore: card.schedule.state,
        elapsedDays: next.log.elapsed_days,
        scheduledDays: schedule.scheduledDays,
        dueAfter: new Date(schedule.due.getTime()),
        becameLeech: flags.leech && !card.flags.leech,
        previous: copySchedule(card.schedule),
        previousFlags: { ...card.flags },
      };
      return { card: { id: card.id, schedule, flags }, log };
    },

    preview(card, now, previewOptions = {}) {
      const outcomes = engine.repeat(engineCard(card, now, previewOptions.fuzzSeed), now);
      return RATINGS.map((rating) => {
        const schedule = fromFsrsCard(outcomes[gradeOf(rating)].card);
        return { rating, schedule, label: intervalLabel(now, schedule.due) };
      });
    },

    rollback(card, log) {
      if (log.cardId !== card.id) {
        throw new Error(`review log belongs to card ${log.cardId}, not ${card.id}`);
      }
      if (card.schedule.reps !== log.previous.reps + 1 || card.schedule.due.getTime() !== log.dueAfter.getTime()) {
        throw new Error(`review log of ${log.reviewedAt.toISOString()} is not card ${card.id}'s last review`);
      }
      return { id: card.id, schedule: copySchedule(log.previous), flags: { ...log.previousFlags } };
    },

    reset(card, now) {
      const forgotten = engine.forget(toFsrsCard(card.schedule), now, true).card;
      const schedule: CardSchedule = { ...fromFsrsCard(forgotten), lastReview: null };
      return { id: card.id, schedule, flags: { suspended: false, buriedUntil: null, leech: false } };
    },

    newCardState: newCardSchedule,
  };
}

/** The schedule of a card that has never been studied, due at `now`. */
export function newCardSchedule(now: Date): CardSchedule {
  return {
    state: "new",
    due: new Date(now.getTime()),
    stability: 0,
    difficulty: 0,
    elapsedDays: 0,
    scheduledDays: 0,
    learningSteps: 0,
    reps: 0,
    lapses: 0,
    lastReview: null,
  };
}

/** A never-studied card with default flags. */
export function newCard(id: string, now: Date): SrsCard {
  return { id, schedule: newCardSchedule(now), flags: { suspended: false, buriedUntil: null, leech: false } };
}
