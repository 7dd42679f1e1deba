import "server-only";
import { buildDailyQueue, studyDayStart, type QueueKind, type Scheduler } from "@/lib/srs";
import { cardViewFromRow } from "@/lib/decks/card-view";
import type { StudyCardPayload, StudyQueuePayload } from "@/lib/decks/study-payload";
import { db } from "../db";
import { getStudySettings } from "./get-settings";
import { cachedCardRow, studyCatalogue, type StudyCatalogue } from "./study-catalogue";
import { schedulerFor, srsCardFromRow, type CardStateRow } from "./srs-records";
import { learnerSnapshot, queueCardsOf, type LearnerSnapshot, type TodayCounts } from "./learner-snapshot";

type StudySettings = Awaited<ReturnType<typeof getStudySettings>>;

/** What the learner did today that still counts for the queue: limits used and notes touched. */
interface TodaySoFar {
  readonly all: number;
  readonly newCards: number;
  readonly reviews: number;
  readonly noteIds: readonly string[];
}

/**
 * Sums today's reviews of cards that still exist. Cards outside the catalogue (other decks, or retired
 * since) still count and still bury their siblings; only their notes need a lookup.
 */
async function todaySoFar(snapshot: LearnerSnapshot, catalogue: StudyCatalogue): Promise<TodaySoFar> {
  const sums = { all: 0, newCards: 0, reviews: 0 };
  const noteIds: string[] = [];
  const add = (counts: Readonly<TodayCounts>, noteId: string) => {
    sums.all += counts.all;
    sums.newCards += counts.fromNew;
    sums.reviews += counts.fromReview;
    if (noteId !== "") noteIds.push(noteId);
  };
  const elsewhere: [string, TodayCounts][] = [];
  for (const [cardId, counts] of snapshot.todayByCard) {
    const noteId = catalogue.noteIdByCard.get(cardId);
    // A copy: answers recorded while the lookup below awaits must not change what is summed.
    if (noteId === undefined) elsewhere.push([cardId, { ...counts }]);
    else add(counts, noteId);
  }
  if (elsewhere.length > 0) {
    const rows = await db.card.findMany({ where: { id: { in: elsewhere.map(([cardId]) => cardId) } }, select: { id: true, noteId: true } });
    const noteIdOf = new Map(rows.map((row) => [row.id, row.noteId]));
    for (const [cardId, counts] of elsewhere) {
      const noteId = noteIdOf.get(cardId);
      if (noteId !== undefined) add(counts, noteId); // a card deleted since no longer counts
    }
  }
  return { ...sums, noteIds };
}

/**
 * The learner's queue for the chosen decks (all visible decks when none are chosen) and its next card.
 * `known` lets a caller that has just read the settings or the catalogue (the review route) pass them on.
 */
export async function loadStudyQueue(
  userId: string,
  deckIds: readonly string[],
  now: Date,
  known?: { settings: StudySettings; scheduler?: Scheduler; catalogue?: StudyCatalogue; contentFingerprint?: string },
): Promise<StudyQueuePayload> {
  const settings = known?.settings ?? (await getStudySettings(userId));
  const scheduler = known?.scheduler ?? schedulerFor(settings);
  const catalogue = known?.catalogue ?? (await studyCatalogue(userId, deckIds));
  const dayStart = studyDayStart(now, settings.timeZone);
  // The learner's states and today's reviews, and the catalogue's cards joined with those states, are
  // kept in memory while nothing else writes (see learner-snapshot.ts): an answer changes one card.
  const snapshot = learnerSnapshot(userId, dayStart);
  const today = await todaySoFar(snapshot, catalogue);
  // Read after the await and used without another: the kept cards are current at this moment.
  const queue = buildDailyQueue({
    cards: queueCardsOf(snapshot, catalogue),
    now,
    timeZone: settings.timeZone,
    newCardsPerDay: settings.newCardsPerDay,
    maxReviewsPerDay: settings.maxReviewsPerDay,
    doneToday: { newCards: today.newCards, reviews: today.reviews },
    reviewedNoteIdsToday: today.noteIds,
    retrievability: scheduler.retrievability,
  });
  const first = queue.cards[0];
  let next: StudyCardPayload | null = null;
  if (first) {
    next = await studyCardPayload(userId, first.card.id, first.kind, now, {
      scheduler,
      state: snapshot.states.get(first.card.id) ?? null,
      deckTitle: catalogue.deckTitles.get(first.card.deckId),
      contentFingerprint: known?.contentFingerprint,
    });
  }
  return {
    next,
    counts: queue.counts,
    nextLearningDue: queue.nextLearningDue?.toISOString() ?? null,
    dayEndsAt: queue.dayEndsAt.toISOString(),
    doneToday: today.all,
  };
}

/** Everything the study page needs to show one card, with the interval each button would give. */
export async function studyCardPayload(
  userId: string,
  cardId: string,
  queueKind: QueueKind,
  now: Date,
  known?: { scheduler: Scheduler; state: CardStateRow | null; deckTitle?: string; contentFingerprint?: string },
): Promise<StudyCardPayload | null> {
  const knownTitle = known?.deckTitle;
  const [row, scheduler, state] = await Promise.all([
    // The deck's title is known when the card comes from the queue: no second read for it then.
    knownTitle === undefined
      ? db.card.findUnique({ where: { id: cardId }, include: { deck: { select: { title: true } } } })
      : (known?.contentFingerprint === undefined ? db.card.findUnique({ where: { id: cardId } }) : cachedCardRow(cardId, known.contentFingerprint)).then((card) =>
          card ? { ...card, deck: { title: knownTitle } } : null,
        ),
    known?.scheduler ?? getStudySettings(userId).then(schedulerFor),
    known ? known.state : db.cardState.findUnique({ where: { userId_cardId: { userId, cardId } } }),
  ]);
  if (!row) return null;
  const previews = scheduler.preview(srsCardFromRow(row.id, state, now), now).map((preview) => ({ rating: preview.rating, label: preview.label }));
  return { card: cardViewFromRow(row), deckTitle: row.deck.title, queueKind, previews };
}
