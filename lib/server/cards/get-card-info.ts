import "server-only";
import { cardViewFromRow, type CardView } from "@/lib/decks/card-view";
import { RATING_LABELS, intervalLabel, isRating, type CardStateName } from "@/lib/srs";
import { db } from "../db";
import { getStudySettings } from "../study/get-settings";
import { schedulerFor, srsCardFromRow, srsCardFromSnapshot } from "../study/srs-records";
import { findVisibleCardOrThrow } from "./find-visible-card";

export interface CardHistoryEntry {
  readonly reviewedAt: string;
  readonly rating: number;
  readonly ratingLabel: string;
  readonly stateBefore: CardStateName;
  /** Time from the answer to the next due date it set ("10m", "3d"). */
  readonly interval: string;
  readonly durationMs: number;
}

export interface CardInfo {
  readonly card: CardView;
  readonly deck: { readonly id: string; readonly title: string };
  readonly retired: boolean;
  readonly state: CardStateName;
  readonly due: string | null;
  readonly stability: number;
  readonly difficulty: number;
  /** Probability of recall now, 0–1 (null for a card never studied). */
  readonly retrievability: number | null;
  readonly reps: number;
  readonly lapses: number;
  readonly lastReview: string | null;
  readonly suspended: boolean;
  readonly buriedUntil: string | null;
  readonly leech: boolean;
  readonly history: readonly CardHistoryEntry[];
}

/** Everything the card info page shows: the card, its memory state and its (non-undone) review history. */
export async function getCardInfo(userId: string, cardId: string, now: Date): Promise<CardInfo> {
  const card = await findVisibleCardOrThrow(userId, cardId);
  const [row, settings, reviews] = await Promise.all([
    db.cardState.findUnique({ where: { userId_cardId: { userId, cardId: card.id } } }),
    getStudySettings(userId),
    db.reviewLog.findMany({
      where: { userId, cardId: card.id, undoneAt: null },
      orderBy: [{ reviewedAt: "asc" }, { id: "asc" }],
      select: { rating: true, reviewedAt: true, durationMs: true, stateBefore: true, stateAfter: true },
    }),
  ]);
  const srs = srsCardFromRow(card.id, row, now);
  const { schedule, flags } = srs;
  const history = reviews.map((review) => {
    const before = srsCardFromSnapshot(card.id, review.stateBefore);
    const after = srsCardFromSnapshot(card.id, review.stateAfter);
    return {
      reviewedAt: review.reviewedAt.toISOString(),
      rating: review.rating,
      ratingLabel: isRating(review.rating) ? RATING_LABELS[review.rating] : String(review.rating),
      stateBefore: before.schedule.state,
      interval: intervalLabel(review.reviewedAt, after.schedule.due),
      durationMs: review.durationMs,
    };
  });
  const studied = schedule.state !== "new";
  return {
    card: cardViewFromRow(card),
    deck: card.deck,
    retired: card.retiredAt !== null,
    state: schedule.state,
    due: studied ? schedule.due.toISOString() : null,
    stability: schedule.stability,
    difficulty: schedule.difficulty,
    retrievability: studied ? schedulerFor(settings).retrievability(schedule, now) : null,
    reps: schedule.reps,
    lapses: schedule.lapses,
    lastReview: schedule.lastReview?.toISOString() ?? null,
    suspended: flags.suspended,
    buriedUntil: flags.buriedUntil && flags.buriedUntil.getTime() > now.getTime() ? flags.buriedUntil.toISOString() : null,
    leech: flags.leech,
    history,
  };
}
