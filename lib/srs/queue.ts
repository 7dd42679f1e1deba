/**
 * The daily study queue: which cards to show now and in what order.
 *
 * Order of `cards`:
 * 1. (re)learning cards already due, earliest first — their minute-long steps are time-critical;
 * 2. review cards due today (due before the next study day starts), lowest predicted recall first:
 *    sorting by retrievability puts the most overdue *relative to stability* first (a card 3 days
 *    late on a 2-day interval before one 3 days late on a 100-day interval); capped by the daily
 *    review limit;
 * 3. new cards in `position` order (the deck order), capped by the daily new-card limit;
 * 4. (re)learning cards due within the learn-ahead window (default 20 min), so a card answered
 *    "Again" comes back in the same session when nothing else is left.
 * Learning cards due later today are not shown yet; `nextLearningDue` says when to come back.
 *
 * Siblings (cards of one note) are buried for the rest of the study day: once a note has been
 * studied today (`reviewedNoteIdsToday`), its other new and review cards stay out, and among the
 * cards offered at most one per note is chosen (reviews win over new cards). Learning cards are
 * never buried: they are already in progress. Suspended cards and cards buried until later are out.
 */
import { isStudyable } from "./card-actions";
import { createScheduler } from "./scheduler";
import { DEFAULT_DAY_START_HOUR, nextDayStart, studyDayOf } from "./study-day";
import type { CardFlags, CardSchedule, CardStateName } from "./types";

export interface QueueCard {
  readonly id: string;
  readonly noteId: string;
  readonly deckId: string;
  readonly schedule: CardSchedule;
  readonly flags: CardFlags;
  /** Order of new cards (deck order, then card order within the deck); lower comes first. */
  readonly position: number;
}

export type QueueKind = "learning" | "review" | "new";

export interface QueueEntry {
  readonly card: QueueCard;
  readonly kind: QueueKind;
}

export interface DailyQueueInput {
  readonly cards: readonly QueueCard[];
  readonly now: Date;
  readonly timeZone: string;
  readonly dayStartHour?: number;
  readonly newCardsPerDay: number;
  readonly maxReviewsPerDay: number;
  /** New cards introduced and review-state cards answered earlier this study day. */
  readonly doneToday: { readonly newCards: number; readonly reviews: number };
  /** Notes with a card answered (or shown) earlier this study day. */
  readonly reviewedNoteIdsToday: Iterable<string>;
  readonly learnAheadMinutes?: number;
  /** Predicted recall for ordering reviews; pass the learner's `scheduler.retrievability`. */
  readonly retrievability?: (schedule: CardSchedule, now: Date) => number;
}

export interface DailyQueue {
  /** Everything to study now, in order; `cards[0]` is the next card. */
  readonly cards: readonly QueueEntry[];
  readonly counts: { readonly learning: number; readonly review: number; readonly new: number };
  /** Reviews and new cards left out today because of the daily limits. */
  readonly overLimit: { readonly review: number; readonly new: number };
  /** Card ids hidden today because a sibling was studied or chosen. */
  readonly buriedSiblingIds: readonly string[];
  /** When the next learning card that is not in `cards` falls due today, if any. */
  readonly nextLearningDue: Date | null;
  /** When this study day ends (limits reset, buried cards return). */
  readonly dayEndsAt: Date;
}

const defaultScheduler = createScheduler();

// Plain code-unit order for ids: localeCompare is ~100× slower and ties are common in big decks.
function byId(a: QueueCard, b: QueueCard): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function byDueThenId(a: QueueCard, b: QueueCard): number {
  return a.schedule.due.getTime() - b.schedule.due.getTime() || byId(a, b);
}

export function buildDailyQueue(input: DailyQueueInput): DailyQueue {
  const { now } = input;
  const nowMs = now.getTime();
  const dayEndsAt = nextDayStart(now, input.timeZone, input.dayStartHour ?? DEFAULT_DAY_START_HOUR);
  const dayEndsMs = dayEndsAt.getTime();
  const learnAheadUntil = nowMs + (input.learnAheadMinutes ?? 20) * 60_000;
  const retrievability = input.retrievability ?? defaultScheduler.retrievability;

  // One pass sorts every studyable card into its bucket: this runs on every answer, over every card of
  // the chosen decks. A new card's `schedule.due` is never read.
  const learningNow: QueueCard[] = [];
  const learningAhead: QueueCard[] = [];
  const learningLater: QueueCard[] = [];
  const dueReviewsByRecall: { card: QueueCard; r: number }[] = [];
  const newCandidates: QueueCard[] = [];
  for (const card of input.cards) {
    if (!isStudyable(card.flags, now)) continue;
    const { state } = card.schedule;
    if (state === "new") {
      newCandidates.push(card);
    } else if (state === "review") {
      if (card.schedule.due.getTime() < dayEndsMs) dueReviewsByRecall.push({ card, r: retrievability(card.schedule, now) });
    } else {
      const due = card.schedule.due.getTime();
      if (due <= nowMs) learningNow.push(card);
      else if (due <= learnAheadUntil) learningAhead.push(card);
      else if (due < dayEndsMs) learningLater.push(card);
    }
  }
  learningNow.sort(byDueThenId);
  learningAhead.sort(byDueThenId);
  learningLater.sort(byDueThenId);

  const buried: string[] = [];
  const chosenNotes = new Set(input.reviewedNoteIdsToday);
  function takeSiblingFree(candidates: readonly QueueCard[], limit: number): { taken: QueueCard[]; left: number } {
    const taken: QueueCard[] = [];
    let left = 0;
    for (const card of candidates) {
      if (chosenNotes.has(card.noteId)) {
        buried.push(card.id);
      } else if (taken.length < limit) {
        taken.push(card);
        chosenNotes.add(card.noteId);
      } else {
        left += 1;
      }
    }
    return { taken, left };
  }

  const dueReviews = dueReviewsByRecall.sort((a, b) => a.r - b.r || byDueThenId(a.card, b.card)).map(({ card }) => card);
  const reviews = takeSiblingFree(dueReviews, Math.max(0, input.maxReviewsPerDay - input.doneToday.reviews));
  // Callers usually pass cards in position order already, which this sort then only confirms.
  const fresh = takeSiblingFree(
    newCandidates.sort((a, b) => a.position - b.position || byId(a, b)),
    Math.max(0, input.newCardsPerDay - input.doneToday.newCards),
  );

  const entries = (cards: readonly QueueCard[], kind: QueueKind) => cards.map((card) => ({ card, kind }));
  return {
    cards: [
      ...entries(learningNow, "learning"),
      ...entries(reviews.taken, "review"),
      ...entries(fresh.taken, "new"),
      ...entries(learningAhead, "learning"),
    ],
    counts: {
      learning: learningNow.length + learningAhead.length,
      review: reviews.taken.length,
      new: fresh.taken.length,
    },
    overLimit: { review: reviews.left, new: fresh.left },
    buriedSiblingIds: buried,
    nextLearningDue: learningLater[0]?.schedule.due ?? null,
    dayEndsAt,
  };
}

export interface DoneToday {
  readonly newCards: number;
  readonly reviews: number;
  readonly reviewedNoteIds: readonly string[];
}

/**
 * What the learner already did in the current study day, from review log entries (any range; older
 * ones are ignored): new cards introduced, review-state cards answered, and the notes touched.
 */
export function doneTodayFromLog(
  entries: readonly { readonly cardId: string; readonly reviewedAt: Date; readonly stateBefore: CardStateName }[],
  options: { readonly now: Date; readonly timeZone: string; readonly dayStartHour?: number; readonly noteIdOf: (cardId: string) => string | undefined },
): DoneToday {
  const hour = options.dayStartHour ?? DEFAULT_DAY_START_HOUR;
  const today = studyDayOf(options.now, options.timeZone, hour);
  const todays = entries.filter((entry) => studyDayOf(entry.reviewedAt, options.timeZone, hour) === today);
  const notes = new Set<string>();
  for (const entry of todays) {
    const noteId = options.noteIdOf(entry.cardId);
    if (noteId !== undefined) notes.add(noteId);
  }
  return {
    newCards: todays.filter((entry) => entry.stateBefore === "new").length,
    reviews: todays.filter((entry) => entry.stateBefore === "review").length,
    reviewedNoteIds: [...notes],
  };
}
