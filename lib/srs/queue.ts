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
import { QueueColumns, STATE_NEW, STATE_REVIEW } from "./queue-columns";
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

/** The queue a card in this state is studied from (relearning cards come back with the learning ones). */
export function queueKindOfState(state: CardStateName): QueueKind {
  return state === "relearning" ? "learning" : state;
}

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
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `buildColumnQueue`'s input: `buildDailyQueue`'s, with the cards as columns and today's notes as keys. */
export interface ColumnQueueInput extends Omit<DailyQueueInput, "cards" | "reviewedNoteIdsToday"> {
  readonly columns: QueueColumns;
  /** 1 at the key of each note with a card answered earlier this study day (length `columns.layout.noteCount`); not changed. */
  readonly studiedNotes: Uint8Array;
  /**
   * New cards to take first, by deck id (a class deck to introduce by its due date): up to this many
   * of the deck's new cards lead today's new cards, within the same daily limit.
   */
  readonly reservedNew?: ReadonlyMap<string, number>;
}

/** A daily queue by card index into the columns; see `DailyQueue` for the fields. */
export interface ColumnQueue {
  /** Card indices in queue order. */
  readonly order: readonly number[];
  /** What the card at `order[at]` is shown as. */
  kindAt(at: number): QueueKind;
  readonly counts: DailyQueue["counts"];
  readonly overLimit: DailyQueue["overLimit"];
  readonly buried: readonly number[];
  readonly nextLearningDue: Date | null;
  readonly dayEndsAt: Date;
}

/** New candidates with each reserved deck's first cards (up to its reservation) moved to the front, order otherwise kept. */
function reservedFirst(candidates: number[], deckIds: readonly string[], reserved: ReadonlyMap<string, number> | undefined): number[] {
  if (!reserved || reserved.size === 0) return candidates;
  const left = new Map(reserved);
  const first: number[] = [];
  const rest: number[] = [];
  for (const index of candidates) {
    const deckId = deckIds[index] as string;
    const count = left.get(deckId) ?? 0;
    if (count > 0) {
      first.push(index);
      left.set(deckId, count - 1);
    } else {
      rest.push(index);
    }
  }
  return first.length === 0 ? candidates : [...first, ...rest];
}

/** The daily queue (rules in the module comment) over cards held as columns: the form the study loop keeps. */
export function buildColumnQueue(input: ColumnQueueInput): ColumnQueue {
  const { columns, now } = input;
  const { states, due, suspended, buriedUntil, schedules } = columns;
  const { ids, positions, noteKeys, size } = columns.layout;
  const nowMs = now.getTime();
  const dayEndsAt = nextDayStart(now, input.timeZone, input.dayStartHour ?? DEFAULT_DAY_START_HOUR);
  const dayEndsMs = dayEndsAt.getTime();
  const learnAheadUntil = nowMs + (input.learnAheadMinutes ?? 20) * 60_000;
  const retrievability = input.retrievability ?? defaultScheduler.retrievability;

  // One pass sorts every studyable card (as `isStudyable`: not suspended, not buried past now) into its bucket.
  const learningNow: number[] = [];
  const learningAhead: number[] = [];
  const learningLater: number[] = [];
  const dueReviews: number[] = [];
  const recall = new Float64Array(size);
  const newCandidates: number[] = [];
  for (let i = 0; i < size; i += 1) {
    if (suspended[i] === 1 || (buriedUntil[i] as number) > nowMs) continue;
    const state = states[i];
    if (state === STATE_NEW) {
      newCandidates.push(i);
    } else if (state === STATE_REVIEW) {
      const schedule = schedules[i];
      if ((due[i] as number) < dayEndsMs && schedule) {
        dueReviews.push(i);
        recall[i] = retrievability(schedule, now);
      }
    } else {
      const dueMs = due[i] as number;
      if (dueMs <= nowMs) learningNow.push(i);
      else if (dueMs <= learnAheadUntil) learningAhead.push(i);
      else if (dueMs < dayEndsMs) learningLater.push(i);
    }
  }
  const byDueThenId = (a: number, b: number) => (due[a] as number) - (due[b] as number) || compareIds(ids[a] as string, ids[b] as string);
  learningNow.sort(byDueThenId);
  learningAhead.sort(byDueThenId);
  learningLater.sort(byDueThenId);
  dueReviews.sort((a, b) => (recall[a] as number) - (recall[b] as number) || byDueThenId(a, b));
  // Columns usually come in position order already, which this sort then only confirms.
  newCandidates.sort((a, b) => (positions[a] as number) - (positions[b] as number) || compareIds(ids[a] as string, ids[b] as string));

  const buried: number[] = [];
  const chosenNotes = Uint8Array.from(input.studiedNotes);
  function takeSiblingFree(candidates: readonly number[], limit: number): { taken: number[]; left: number } {
    const taken: number[] = [];
    let left = 0;
    for (const index of candidates) {
      const note = noteKeys[index] as number;
      if (chosenNotes[note] === 1) {
        buried.push(index);
      } else if (taken.length < limit) {
        taken.push(index);
        chosenNotes[note] = 1;
      } else {
        left += 1;
      }
    }
    return { taken, left };
  }
  const reviews = takeSiblingFree(dueReviews, Math.max(0, input.maxReviewsPerDay - input.doneToday.reviews));
  const fresh = takeSiblingFree(reservedFirst(newCandidates, columns.layout.deckIds, input.reservedNew), Math.max(0, input.newCardsPerDay - input.doneToday.newCards));

  const order = [...learningNow, ...reviews.taken, ...fresh.taken, ...learningAhead];
  const reviewsFrom = learningNow.length;
  const newFrom = reviewsFrom + reviews.taken.length;
  const aheadFrom = newFrom + fresh.taken.length;
  const firstLater = learningLater[0];
  return {
    order,
    kindAt: (at) => (at < reviewsFrom || at >= aheadFrom ? "learning" : at < newFrom ? "review" : "new"),
    counts: { learning: learningNow.length + learningAhead.length, review: reviews.taken.length, new: fresh.taken.length },
    overLimit: { review: reviews.left, new: fresh.left },
    buried,
    nextLearningDue: firstLater === undefined ? null : new Date(due[firstLater] as number),
    dayEndsAt,
  };
}

/** The daily queue over card objects (rules in the module comment). */
export function buildDailyQueue(input: DailyQueueInput): DailyQueue {
  const columns = QueueColumns.fromCards(input.cards);
  const studiedNotes = new Uint8Array(columns.layout.noteCount);
  for (const noteId of input.reviewedNoteIdsToday) {
    const key = columns.layout.noteKeyOf(noteId);
    if (key !== undefined) studiedNotes[key] = 1;
  }
  const queue = buildColumnQueue({ ...input, columns, studiedNotes });
  const cardAt = (index: number) => input.cards[index] as QueueCard;
  return {
    cards: queue.order.map((index, at) => ({ card: cardAt(index), kind: queue.kindAt(at) })),
    counts: queue.counts,
    overLimit: queue.overLimit,
    buriedSiblingIds: queue.buried.map((index) => cardAt(index).id),
    nextLearningDue: queue.nextLearningDue,
    dayEndsAt: queue.dayEndsAt,
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
