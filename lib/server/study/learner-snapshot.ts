import "server-only";
import { QueueColumns } from "@/lib/srs";
import { srsCardFromStateRow } from "./srs-records";
import type { StudyCatalogue } from "./study-catalogue";
import { readCardStates, readStudyVersion, reviewsSince, type StoredCardState } from "./study-sql";
import { readCardStatesPg, readStudyVersionPg, reviewsSincePg } from "./study-sql-postgres";

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

/**
 * One catalogue's cards joined with the learner's states and today's reviews, as the queue reads
 * them: built once per snapshot and catalogue, then kept current card by card as answers are recorded.
 */
export interface KeptQueue {
  readonly catalogue: StudyCatalogue;
  readonly columns: QueueColumns;
  /** Today's reviews of the catalogue's cards. */
  readonly today: TodayCounts;
  /** 1 at the key of each note of the catalogue with a card answered today. */
  readonly studiedNotes: Uint8Array;
  /** Cards outside the catalogue (other decks, retired) answered today: their notes, `undefined` until looked up, `null` when the card is gone. */
  readonly elsewhere: Map<string, string | null | undefined>;
}

interface Entry extends LearnerSnapshot {
  studyVersion: number;
  /** The StudyVersion this process's last recorded answer committed (`recordInSnapshot`); 0 before one. */
  lastWrittenVersion: number;
  readonly dayStart: number;
  readonly states: Map<string, StoredCardState>;
  readonly todayByCard: Map<string, TodayCounts>;
}

const MAX_LEARNERS = 1000;
/** Deck choices whose queues are kept per learner (the whole collection, plus a few single decks). */
const MAX_KEPT_QUEUES_PER_LEARNER = 4;
const snapshots = new Map<string, Entry>();
/** Each snapshot's kept queues, newest first; they go with it. */
const keptQueues = new WeakMap<LearnerSnapshot, KeptQueue[]>();

function addReview(counts: TodayCounts, stateBefore: string, times = 1): void {
  counts.all += times;
  if (stateBefore === "new") counts.fromNew += times;
  else if (stateBefore === "review") counts.fromReview += times;
}

/**
 * The learner's card states and today's reviews, kept in memory between answers. The copy is used only
 * while the learner's StudyVersion (bumped by triggers on every write to their CardState and ReviewLog
 * rows, by any connection or process) is the one it was read at; the answers this process records
 * update it in place (`recordInSnapshot`).
 */
export function learnerSnapshot(userId: string, dayStart: Date): LearnerSnapshot {
  const version = readStudyVersion(userId);
  return currentSnapshot(userId, version, dayStart) ?? storeSnapshot(userId, version, dayStart, reviewsSince(userId, dayStart), readCardStates(userId));
}

/**
 * `learnerSnapshot` on PostgreSQL, where the reads are asynchronous (../postgres.ts); the same cache, the
 * same rule, with one exception that saves a round trip on every answer: `afterOwnWrite` (the queue that
 * answers a review this request has just recorded) takes the copy without reading the version when the
 * copy is at the version that answer committed. The queue is then as of that commit: a write elsewhere
 * after it is missed exactly as one a moment after the read would be.
 */
export async function learnerSnapshotPostgres(userId: string, dayStart: Date, afterOwnWrite = false): Promise<LearnerSnapshot> {
  const mine = afterOwnWrite ? snapshots.get(userId) : undefined;
  if (mine && mine.lastWrittenVersion === mine.studyVersion && mine.dayStart === dayStart.getTime()) return mine;
  const version = await readStudyVersionPg(userId);
  const current = currentSnapshot(userId, version, dayStart);
  if (current) return current;
  const [reviews, states] = await Promise.all([reviewsSincePg(userId, dayStart), readCardStatesPg(userId)]);
  // An answer this process recorded meanwhile has stored a newer copy; never replace it with an older one.
  return currentSnapshot(userId, version, dayStart) ?? storeSnapshot(userId, version, dayStart, reviews, states);
}

/**
 * The card's state as this process's kept copy of the learner has it, and the StudyVersion the copy is
 * current at: `undefined` when no copy is kept. Not checked against the database: the PostgreSQL review
 * path writes from it only if that version is still the learner's (record-review-postgres.ts).
 */
export function keptCardState(userId: string, cardId: string): { studyVersion: number; state: StoredCardState | undefined } | undefined {
  const cached = snapshots.get(userId);
  return cached ? { studyVersion: cached.studyVersion, state: cached.states.get(cardId) } : undefined;
}

function currentSnapshot(userId: string, version: number, dayStart: Date): LearnerSnapshot | undefined {
  const cached = snapshots.get(userId);
  return cached && cached.studyVersion === version && cached.dayStart === dayStart.getTime() ? cached : undefined;
}

function storeSnapshot(
  userId: string,
  version: number,
  dayStart: Date,
  reviews: readonly { cardId: string; stateBefore: string | null }[],
  states: readonly StoredCardState[],
): LearnerSnapshot {
  const todayByCard = new Map<string, TodayCounts>();
  for (const review of reviews) {
    let counts = todayByCard.get(review.cardId);
    if (!counts) todayByCard.set(review.cardId, (counts = { all: 0, fromNew: 0, fromReview: 0 }));
    addReview(counts, review.stateBefore ?? "new");
  }
  const entry: Entry = {
    studyVersion: version,
    lastWrittenVersion: 0,
    dayStart: dayStart.getTime(),
    states: new Map(states.map((row) => [row.cardId, row])),
    todayByCard,
  };
  snapshots.delete(userId);
  if (snapshots.size >= MAX_LEARNERS) snapshots.delete(snapshots.keys().next().value as string);
  snapshots.set(userId, entry);
  return entry;
}

function setColumns(columns: QueueColumns, index: number, state: StoredCardState): void {
  const { schedule, flags } = srsCardFromStateRow(state.cardId, state);
  columns.set(index, schedule, flags);
}

/** Counts a card's reviews of today into a kept queue: its notes as studied, or the card as one from elsewhere. */
function countTodayIn(kept: KeptQueue, cardId: string, counts: Readonly<TodayCounts>): void {
  const index = kept.catalogue.layout.indexOf(cardId);
  if (index === undefined) {
    if (!kept.elsewhere.has(cardId)) kept.elsewhere.set(cardId, undefined);
    return;
  }
  kept.today.all += counts.all;
  kept.today.fromNew += counts.fromNew;
  kept.today.fromReview += counts.fromReview;
  // A card without a note studies alone: answering it buries nothing (not even itself).
  if (kept.catalogue.cards[index]?.noteId) kept.studiedNotes[kept.catalogue.layout.noteKeys[index] as number] = 1;
}

/** The snapshot's queue for `catalogue`, kept with it (see `KeptQueue`). Read it synchronously: answers recorded later change it in place. */
export function keptQueueOf(snapshot: LearnerSnapshot, catalogue: StudyCatalogue): KeptQueue {
  const kept = keptQueues.get(snapshot) ?? [];
  const found = kept.find((queue) => queue.catalogue === catalogue);
  if (found) return found;
  const columns = new QueueColumns(catalogue.layout);
  for (const [cardId, state] of snapshot.states) {
    const index = catalogue.layout.indexOf(cardId);
    if (index !== undefined) setColumns(columns, index, state);
  }
  const queue: KeptQueue = { catalogue, columns, today: { all: 0, fromNew: 0, fromReview: 0 }, studiedNotes: new Uint8Array(catalogue.layout.noteCount), elsewhere: new Map() };
  for (const [cardId, counts] of snapshot.todayByCard) countTodayIn(queue, cardId, counts);
  keptQueues.set(snapshot, [queue, ...kept].slice(0, MAX_KEPT_QUEUES_PER_LEARNER));
  return queue;
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
  cached.lastWrittenVersion = versions.after;
  cached.states.set(state.cardId, state);
  const countsToday = review.reviewedAt.getTime() >= cached.dayStart;
  if (countsToday) {
    let counts = cached.todayByCard.get(review.cardId);
    if (!counts) cached.todayByCard.set(review.cardId, (counts = { all: 0, fromNew: 0, fromReview: 0 }));
    addReview(counts, review.stateBefore);
  }
  const one: TodayCounts = { all: 0, fromNew: 0, fromReview: 0 };
  addReview(one, review.stateBefore);
  for (const kept of keptQueues.get(cached) ?? []) {
    const index = kept.catalogue.layout.indexOf(state.cardId);
    if (index !== undefined) setColumns(kept.columns, index, state);
    if (countsToday) countTodayIn(kept, review.cardId, one);
  }
}
