import "server-only";
import { buildDailyQueue, studyDayStart, type QueueCard, type QueueKind, type Scheduler } from "@/lib/srs";
import { cardViewFromRow } from "@/lib/decks/card-view";
import type { StudyCardPayload, StudyQueuePayload } from "@/lib/decks/study-payload";
import { db } from "../db";
import { getStudySettings } from "./get-settings";
import { cachedCardRow, studyCatalogue, type StudyCatalogue } from "./study-catalogue";
import { schedulerFor, srsCardFromRow, type CardStateRow } from "./srs-records";
import { learnerSnapshot } from "./learner-snapshot";

type StudySettings = Awaited<ReturnType<typeof getStudySettings>>;

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
  const { decks, cards } = known?.catalogue ?? (await studyCatalogue(userId, deckIds));
  const deckOrder = new Map(decks.map((deck, index) => [deck.id, index]));
  const deckTitles = new Map(decks.map((deck) => [deck.id, deck.title]));
  const dayStart = studyDayStart(now, settings.timeZone);
  // Flat reads without joins, put together in memory: a nested per-card relation read costs about 20×
  // more in SQLite. The learner's states are read by the (userId, cardId) index and only those of the
  // cards read here are ever looked up, so states of retired or other decks' cards are simply unused.
  // Both are needed on every answer: kept in memory while nothing else writes (see learner-snapshot.ts).
  const snapshot = learnerSnapshot(userId, dayStart);
  const stateByCard = snapshot.states;
  const todayRows = [...snapshot.today]; // a copy: answers recorded while this awaits must not change it

  const noteIdByCard = new Map(cards.map((card) => [card.id, card.noteId]));
  // Today's reviews of cards outside the chosen decks (or retired since) still bury their siblings.
  const missing = [...new Set(todayRows.map((review) => review.cardId).filter((cardId) => !noteIdByCard.has(cardId)))];
  if (missing.length > 0) {
    for (const card of await db.card.findMany({ where: { id: { in: missing } }, select: { id: true, noteId: true } })) noteIdByCard.set(card.id, card.noteId);
  }
  const today = todayRows
    .filter((review) => noteIdByCard.has(review.cardId))
    .map((review) => ({ stateBefore: review.stateBefore, noteId: noteIdByCard.get(review.cardId) ?? "" }));
  const queueCards: QueueCard[] = cards.map((card) => {
    const srs = srsCardFromRow(card.id, stateByCard.get(card.id), now);
    return {
      id: card.id,
      noteId: card.noteId || card.id,
      deckId: card.deckId,
      schedule: srs.schedule,
      flags: srs.flags,
      position: (deckOrder.get(card.deckId) ?? 0) * 1_000_000 + card.position,
    };
  });
  const queue = buildDailyQueue({
    cards: queueCards,
    now,
    timeZone: settings.timeZone,
    newCardsPerDay: settings.newCardsPerDay,
    maxReviewsPerDay: settings.maxReviewsPerDay,
    doneToday: {
      newCards: today.filter((review) => review.stateBefore === "new").length,
      reviews: today.filter((review) => review.stateBefore === "review").length,
    },
    reviewedNoteIdsToday: today.map((review) => review.noteId).filter((noteId) => noteId !== ""),
    retrievability: scheduler.retrievability,
  });
  const first = queue.cards[0];
  let next: StudyCardPayload | null = null;
  if (first) {
    next = await studyCardPayload(userId, first.card.id, first.kind, now, {
      scheduler,
      state: stateByCard.get(first.card.id) ?? null,
      deckTitle: deckTitles.get(first.card.deckId),
      contentFingerprint: known?.contentFingerprint,
    });
  }
  return {
    next,
    counts: queue.counts,
    nextLearningDue: queue.nextLearningDue?.toISOString() ?? null,
    dayEndsAt: queue.dayEndsAt.toISOString(),
    doneToday: today.length,
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
