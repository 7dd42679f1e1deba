import "server-only";
import { buildColumnQueue, studyDayStart, type QueueColumns, type QueueKind, type Scheduler } from "@/lib/srs";
import { cardViewFromRow } from "@/lib/decks/card-view";
import type { QueueLimits, StudyCardPayload, StudyQueuePayload } from "@/lib/decks/study-payload";
import { assignedNewCardLimit } from "../classes/my-assignments";
import { assignedNewCardPlan } from "./assigned-new-cards";
import { isPostgresUrl } from "../database-url";
import { db } from "../db";
import { getStudySettings } from "./get-settings";
import { cachedCardRow, studyCatalogue, type StudyCatalogue } from "./study-catalogue";
import { schedulerFor, srsCardFromRow, type CardStateRow } from "./srs-records";
import { keptQueueOf, learnerSnapshot, learnerSnapshotPostgres, type KeptQueue, type LearnerSnapshot } from "./learner-snapshot";

type StudySettings = Awaited<ReturnType<typeof getStudySettings>>;

/** Looks up the notes of cards from elsewhere answered today that this kept queue has not seen yet. */
async function lookUpElsewhere(kept: KeptQueue): Promise<void> {
  const unknown = [...kept.elsewhere].filter(([, noteId]) => noteId === undefined).map(([cardId]) => cardId);
  if (unknown.length === 0) return;
  const rows = await db.card.findMany({ where: { id: { in: unknown } }, select: { id: true, noteId: true } });
  const noteIdOf = new Map(rows.map((row) => [row.id, row.noteId]));
  for (const cardId of unknown) kept.elsewhere.set(cardId, noteIdOf.get(cardId) ?? null);
}

/**
 * Today's reviews that still count for this queue: those of the catalogue's cards, plus those of cards
 * elsewhere that still exist (other decks, retired since), which also bury their siblings here.
 */
function todaySoFar(snapshot: LearnerSnapshot, kept: KeptQueue): { all: number; newCards: number; reviews: number; studiedNotes: Uint8Array } {
  const sums = { all: kept.today.all, newCards: kept.today.fromNew, reviews: kept.today.fromReview };
  let studiedNotes = kept.studiedNotes;
  for (const [cardId, noteId] of kept.elsewhere) {
    const counts = snapshot.todayByCard.get(cardId);
    if (typeof noteId !== "string" || !counts) continue; // gone since (or not looked up yet: a moment ago)
    sums.all += counts.all;
    sums.newCards += counts.fromNew;
    sums.reviews += counts.fromReview;
    const key = noteId === "" ? undefined : kept.catalogue.layout.noteKeyOf(noteId);
    if (key !== undefined) {
      if (studiedNotes === kept.studiedNotes) studiedNotes = Uint8Array.from(studiedNotes);
      studiedNotes[key] = 1;
    }
  }
  return { ...sums, studiedNotes };
}

/** Cards the learner buried or suspended: read only when the queue is empty, to say why. */
function keptOutOf(columns: QueueColumns, now: Date): { buriedByYou: number; suspended: number } {
  let buriedByYou = 0;
  let suspended = 0;
  for (let i = 0; i < columns.layout.size; i += 1) {
    if (columns.suspended[i] === 1) suspended += 1;
    else if ((columns.buriedUntil[i] as number) > now.getTime()) buriedByYou += 1;
  }
  return { buriedByYou, suspended };
}

/**
 * The learner's queue for the chosen decks (all visible decks when none are chosen) and its next card.
 * `known` lets a caller that has just read the settings or the catalogue (the review route) pass them on,
 * and says when this request has just recorded an answer (`afterOwnWrite`, see learnerSnapshotPostgres).
 */
export async function loadStudyQueue(
  userId: string,
  deckIds: readonly string[],
  now: Date,
  known?: { settings: StudySettings; scheduler?: Scheduler; catalogue?: StudyCatalogue; contentFingerprint?: string; afterOwnWrite?: boolean },
): Promise<StudyQueuePayload> {
  const settings = known?.settings ?? (await getStudySettings(userId));
  const scheduler = known?.scheduler ?? schedulerFor(settings);
  const catalogue = known?.catalogue ?? (await studyCatalogue(userId, deckIds));
  const dayStart = studyDayStart(now, settings.timeZone);
  // The learner's states and today's reviews, joined with the catalogue's cards, are kept in memory
  // while nothing else writes (see learner-snapshot.ts): an answer changes one card of them.
  // Raised for decks a class must introduce by a due date (the dashboard tells the learner).
  const assigned = await assignedNewCardLimit(userId, settings.newCardsPerDay, now);
  const snapshot = isPostgresUrl() ? await learnerSnapshotPostgres(userId, dayStart, known?.afterOwnWrite) : learnerSnapshot(userId, dayStart);
  const kept = keptQueueOf(snapshot, catalogue);
  await lookUpElsewhere(kept);
  // From here to the queue nothing awaits, so the kept copy holds still while it is read.
  const today = todaySoFar(snapshot, kept);
  const { limit: newCardsPerDay, reserved } = assignedNewCardPlan(settings.newCardsPerDay, assigned.needs, snapshot, kept.catalogue.layout);
  const queue = buildColumnQueue({
    columns: kept.columns,
    now,
    timeZone: settings.timeZone,
    newCardsPerDay,
    maxReviewsPerDay: settings.maxReviewsPerDay,
    doneToday: { newCards: today.newCards, reviews: today.reviews },
    studiedNotes: today.studiedNotes,
    retrievability: scheduler.retrievability,
    reservedNew: reserved,
  });
  const first = queue.order[0];
  let next: StudyCardPayload | null = null;
  if (first !== undefined) {
    const cardId = catalogue.layout.ids[first] as string;
    next = await studyCardPayload(userId, cardId, queue.kindAt(0), now, {
      scheduler,
      state: snapshot.states.get(cardId) ?? null,
      deckTitle: catalogue.deckTitles.get(catalogue.layout.deckIds[first] as string),
      contentFingerprint: known?.contentFingerprint,
    });
  }
  const limits: QueueLimits = {
    newCardsPerDay,
    newDoneToday: today.newCards,
    newOverLimit: queue.overLimit.new,
    maxReviewsPerDay: settings.maxReviewsPerDay,
    reviewOverLimit: queue.overLimit.review,
    buriedSiblings: queue.buried.length,
    ...(next === null ? keptOutOf(kept.columns, now) : {}),
  };
  return {
    next,
    limits,
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
