/**
 * Turns a review log into FSRS training items, the unit fsrs-rs fits and scores: one item per
 * review that came at least one study day after the card's previous review, holding that card's
 * whole history up to and including it. `deltaT` counts study days (the learner's zone, day start
 * at 4 a.m.), so same-day reviews have deltaT 0; they are kept in histories (FSRS-6 uses them) but
 * never scored, as in srs-benchmark. Items come out in the chronological order of their last review.
 */
import { DEFAULT_DAY_START_HOUR, daysBetween, studyDayOf } from "./study-day";
import type { Rating } from "./types";

export interface HistoryReview {
  readonly cardId: string;
  readonly rating: Rating;
  readonly reviewedAt: Date;
}

export interface ItemReview {
  readonly rating: Rating;
  readonly deltaT: number;
}

export interface TrainingItem {
  readonly cardId: string;
  /** When the item's last (scored) review happened. */
  readonly reviewedAt: Date;
  readonly reviews: readonly ItemReview[];
}

export interface ItemOptions {
  readonly timeZone?: string;
  readonly dayStartHour?: number;
}

export function buildTrainingItems(reviews: readonly HistoryReview[], options: ItemOptions = {}): TrainingItem[] {
  const timeZone = options.timeZone ?? "UTC";
  const dayStartHour = options.dayStartHour ?? DEFAULT_DAY_START_HOUR;
  const byCard = new Map<string, { review: HistoryReview; order: number }[]>();
  reviews.forEach((review, order) => {
    const list = byCard.get(review.cardId) ?? [];
    list.push({ review, order });
    byCard.set(review.cardId, list);
  });

  const items: { item: TrainingItem; order: number }[] = [];
  for (const [cardId, list] of byCard) {
    list.sort((a, b) => a.review.reviewedAt.getTime() - b.review.reviewedAt.getTime() || a.order - b.order);
    const history: ItemReview[] = [];
    let previousDay: string | null = null;
    for (const { review, order } of list) {
      const day = studyDayOf(review.reviewedAt, timeZone, dayStartHour);
      const deltaT = previousDay === null ? 0 : daysBetween(previousDay, day);
      history.push({ rating: review.rating, deltaT });
      previousDay = day;
      if (deltaT > 0) items.push({ item: { cardId, reviewedAt: review.reviewedAt, reviews: [...history] }, order });
    }
  }
  items.sort((a, b) => a.item.reviewedAt.getTime() - b.item.reviewedAt.getTime() || a.order - b.order);
  return items.map(({ item }) => item);
}

/** Reviews that are scored (the item's last) and that count as recalled: anything but Again. */
export function itemRecalled(item: TrainingItem): boolean {
  return (item.reviews.at(-1)?.rating ?? 1) > 1;
}
