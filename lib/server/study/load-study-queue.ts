import "server-only";
import { buildDailyQueue, studyDayStart, type QueueCard, type QueueKind, type Scheduler } from "@/lib/srs";
import { cardViewFromRow } from "@/lib/decks/card-view";
import type { StudyCardPayload, StudyQueuePayload } from "@/lib/decks/study-payload";
import { db } from "../db";
import { visibleDecksWhere } from "../decks/list-decks";
import { getStudySettings } from "./get-settings";
import { schedulerFor, srsCardFromRow, type CardStateRow } from "./srs-records";

function snapshotState(snapshot: string): string {
  try {
    return (JSON.parse(snapshot) as { schedule?: { state?: string } }).schedule?.state ?? "new";
  } catch {
    return "new";
  }
}

/** The learner's queue for the chosen decks (all visible decks when none are chosen) and its next card. */
export async function loadStudyQueue(userId: string, deckIds: readonly string[], now: Date): Promise<StudyQueuePayload> {
  const settings = await getStudySettings(userId);
  const scheduler = schedulerFor(settings);
  const deckWhere = { ...visibleDecksWhere(userId), ...(deckIds.length > 0 ? { id: { in: [...deckIds] } } : {}) };
  const decks = await db.deck.findMany({ where: deckWhere, orderBy: [{ origin: "asc" }, { slug: "asc" }], select: { id: true, title: true } });
  const deckOrder = new Map(decks.map((deck, index) => [deck.id, index]));
  const deckIdList = decks.map((deck) => deck.id);
  // Two flat reads joined in memory: a nested per-card relation read costs about 20× more in SQLite.
  const [cards, stateRows] = await Promise.all([
    db.card.findMany({ where: { retiredAt: null, deckId: { in: deckIdList } }, select: { id: true, noteId: true, deckId: true, position: true } }),
    db.cardState.findMany({ where: { userId, card: { retiredAt: null, deckId: { in: deckIdList } } } }),
  ]);
  const stateByCard = new Map(stateRows.map((row) => [row.cardId, row]));
  const dayStart = studyDayStart(now, settings.timeZone);
  const today = await db.reviewLog.findMany({
    where: { userId, undoneAt: null, reviewedAt: { gte: dayStart } },
    select: { stateBefore: true, card: { select: { noteId: true } } },
  });
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
      newCards: today.filter((review) => snapshotState(review.stateBefore) === "new").length,
      reviews: today.filter((review) => snapshotState(review.stateBefore) === "review").length,
    },
    reviewedNoteIdsToday: today.map((review) => review.card.noteId).filter((noteId) => noteId !== ""),
    retrievability: scheduler.retrievability,
  });
  const first = queue.cards[0];
  let next: StudyCardPayload | null = null;
  if (first) next = await studyCardPayload(userId, first.card.id, first.kind, now, { scheduler, state: stateByCard.get(first.card.id) ?? null });
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
  known?: { scheduler: Scheduler; state: CardStateRow | null },
): Promise<StudyCardPayload | null> {
  const [row, scheduler, state] = await Promise.all([
    db.card.findUnique({ where: { id: cardId }, include: { deck: { select: { title: true } } } }),
    known?.scheduler ?? getStudySettings(userId).then(schedulerFor),
    known ? known.state : db.cardState.findUnique({ where: { userId_cardId: { userId, cardId } } }),
  ]);
  if (!row) return null;
  const previews = scheduler.preview(srsCardFromRow(row.id, state, now), now).map((preview) => ({ rating: preview.rating, label: preview.label }));
  return { card: cardViewFromRow(row), deckTitle: row.deck.title, queueKind, previews };
}
