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
  const dayEndsAt = nextDayStart(now, input.timeZone, input.dayStartHour ?? DEFAULT_DAY_START_HOUR);
  const learnAheadUntil = now.getTime() + (input.learnAheadMinutes ?? 20) * 60_000;
  const retrievability = input.retrievability ?? defaultScheduler.retrievability;
  const studiedNotes = new Set(input.reviewedNoteIdsToday);
  const available = input.cards.filter((card) => isStudyable(card.flags, now));

  const learning = available.filter((c) => c.schedule.state === "learning" || c.schedule.state === "relearning");
  const learningNow = learning.filter((c) => c.schedule.due.getTime() <= now.getTime()).sort(byDueThenId);
  const learningAhead = learning
    .filter((c) => c.schedule.due.getTime() > now.getTime() && c.schedule.due.getTime() <= learnAheadUntil)
    .sort(byDueThenId);
  const learningLater = learning
    .filter((c) => c.schedule.due.getTime() > learnAheadUntil && c.schedule.due.getTime() < dayEndsAt.getTime())
    .sort(byDueThenId);

  const buried: string[] = [];
  const chosenNotes = new Set(studiedNotes);
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

  const dueReviews = available
    .filter((c) => c.schedule.state === "review" && c.schedule.due.getTime() < dayEndsAt.getTime())
    .map((card) => ({ card, r: retrievability(card.schedule, now) }))
    .sort((a, b) => a.r - b.r || byDueThenId(a.card, b.card))
    .map(({ card }) => card);
  const reviews = takeSiblingFree(dueReviews, Math.max(0, input.maxReviewsPerDay - input.doneToday.reviews));

  const newCandidates = available
    .filter((c) => c.schedule.state === "new")
    .sort((a, b) => a.position - b.position || byId(a, b));
  const fresh = takeSiblingFree(newCandidates, Math.max(0, input.newCardsPerDay - input.doneToday.newCards));

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
