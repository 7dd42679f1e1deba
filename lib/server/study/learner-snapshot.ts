import "server-only";
import { newCardSchedule, type QueueCard } from "@/lib/srs";
import { srsCardFromRow } from "./srs-records";
import type { CatalogueCard, StudyCatalogue } from "./study-catalogue";
import { readCardStates, readStudyVersion, reviewsSince, type StoredCardState } from "./study-sql";

/** A card's reviews made today that still count: how many, and how many found it new or in review. */
export interface TodayCounts {
  all: number;
  fromNew: number;
  fromReview: number;
}

/** What a learner's queue is built from besides the cards: their card states and today's reviews. */
export interface LearnerSnapshot {
  readonly states: ReadonlyMap<string, StoredCardState>;
  /** Today's reviews that still count, by card. */
  readonly todayByCard: ReadonlyMap<string, Readonly<TodayCounts>>;
}

/** A catalogue's cards joined with the learner's states, as the queue reads them; kept per catalogue. */
interface QueueCards {
  readonly catalogue: StudyCatalogue;
  readonly cards: QueueCard[];
  readonly indexById: ReadonlyMap<string, number>;
}

interface Entry {
  studyVersion: number;
  dayStart: number;
  states: Map<string, StoredCardState>;
  todayByCard: Map<string, TodayCounts>;
  queueCards: QueueCards[];
}

const MAX_LEARNERS = 1000;
/** Deck choices whose queue cards are kept per learner (the whole collection, plus a few single decks). */
const MAX_CATALOGUES_PER_LEARNER = 4;
const snapshots = new Map<string, Entry>();

function countToday(todayByCard: Map<string, TodayCounts>, cardId: string, stateBefore: string): void {
  let counts = todayByCard.get(cardId);
  if (!counts) {
    counts = { all: 0, fromNew: 0, fromReview: 0 };
    todayByCard.set(cardId, counts);
  }
  counts.all += 1;
  if (stateBefore === "new") counts.fromNew += 1;
  else if (stateBefore === "review") counts.fromReview += 1;
}

/**
 * The learner's card states and today's reviews, kept in memory between answers. The copy is used only
 * while the learner's StudyVersion (bumped by triggers on every write to their CardState and ReviewLog
 * rows, by any connection or process) is the one it was read at; the answers this process records
 * update it in place (`recordInSnapshot`).
 */
export function learnerSnapshot(userId: string, dayStart: Date): LearnerSnapshot {
  const version = readStudyVersion(userId);
  const cached = snapshots.get(userId);
  if (cached && cached.studyVersion === version && cached.dayStart === dayStart.getTime()) return cached;
  const todayByCard = new Map<string, TodayCounts>();
  for (const review of reviewsSince(userId, dayStart)) countToday(todayByCard, review.cardId, review.stateBefore ?? "new");
  const entry: Entry = {
    studyVersion: version,
    dayStart: dayStart.getTime(),
    states: new Map(readCardStates(userId).map((row) => [row.cardId, row])),
    todayByCard,
    queueCards: [],
  };
  snapshots.delete(userId);
  if (snapshots.size >= MAX_LEARNERS) snapshots.delete(snapshots.keys().next().value as string);
  snapshots.set(userId, entry);
  return entry;
}

// Shared by every card without a state row: the queue never reads a new card's due date.
const UNSTUDIED = { schedule: newCardSchedule(new Date(0)), flags: { suspended: false, buriedUntil: null, leech: false } } as const;

function queueCardOf(card: CatalogueCard, state: StoredCardState | undefined): QueueCard {
  const { schedule, flags } = state ? srsCardFromRow(card.id, state, new Date(0)) : UNSTUDIED;
  return { id: card.id, noteId: card.noteId || card.id, deckId: card.deckId, schedule, flags, position: card.order };
}

/**
 * The catalogue's cards with the learner's schedules, in study order: built once per snapshot and
 * catalogue, then kept current card by card as answers are recorded, instead of rebuilt on every answer.
 * Read it synchronously: an answer recorded later replaces the changed card in place.
 */
export function queueCardsOf(snapshot: LearnerSnapshot, catalogue: StudyCatalogue): readonly QueueCard[] {
  const entry = snapshot as Entry;
  const kept = entry.queueCards.find((queueCards) => queueCards.catalogue === catalogue);
  if (kept) return kept.cards;
  const cards = catalogue.cards.map((card) => queueCardOf(card, entry.states.get(card.id)));
  entry.queueCards = [{ catalogue, cards, indexById: new Map(cards.map((card, index) => [card.id, index])) }, ...entry.queueCards].slice(0, MAX_CATALOGUES_PER_LEARNER);
  return cards;
}

/**
 * Applies an answer this process has just written, inside its transaction: `versionBefore` and
 * `versionAfter` are the learner's StudyVersion read there before and after the writes. A copy that
 * was not current before them is dropped instead.
 */
export function recordInSnapshot(
  userId: string,
  versions: { before: number; after: number },
  state: StoredCardState,
  review: { cardId: string; stateBefore: string; reviewedAt: Date },
): void {
  const cached = snapshots.get(userId);
  if (!cached) return;
  if (cached.studyVersion !== versions.before) {
    snapshots.delete(userId);
    return;
  }
  cached.studyVersion = versions.after;
  cached.states.set(state.cardId, state);
  if (review.reviewedAt.getTime() >= cached.dayStart) countToday(cached.todayByCard, review.cardId, review.stateBefore);
  for (const { catalogue, cards, indexById } of cached.queueCards) {
    const index = indexById.get(state.cardId);
    const card = catalogue.cards[index ?? -1];
    if (index !== undefined && card) cards[index] = queueCardOf(card, state);
  }
}

/** Forgets every learner's copy (tests use it to compare kept copies with fresh reads). */
export function forgetLearnerSnapshots(): void {
  snapshots.clear();
}
