import "server-only";
import {
  cardsByState,
  dueForecast,
  masteryByTopic,
  reviewsPerDay,
  studyDayOf,
  studyStreak,
  trueRetention,
  type CardsByState,
  type DayCount,
  type StatsCard,
  type Streak,
  type TopicMastery,
  type TrueRetention,
} from "@/lib/srs";
import { db } from "../db";
import { getStudySettings } from "../study/get-settings";
import { schedulerFor, srsCardFromRow } from "../study/srs-records";
import { loadCardsForStats } from "./load-cards-for-stats";
import { loadScenarioResults, type ScenarioResult } from "./load-scenario-results";
import { loadReviewTimes } from "./load-review-times";
import { loadStatsReviews } from "./load-stats-reviews";
import { loadTroubleCards, type TroubleCard } from "./load-trouble-cards";

export interface ProgressData {
  readonly timeZone: string;
  readonly today: string;
  readonly totalReviews: number;
  readonly reviewsPerDay: readonly DayCount[];
  readonly retention: TrueRetention;
  readonly forecast: readonly DayCount[];
  readonly states: CardsByState;
  readonly mastery: readonly TopicMastery[];
  readonly streak: Streak;
  readonly scenarios: readonly ScenarioResult[];
  readonly troubleCards: readonly TroubleCard[];
}

const RETENTION_DAYS = 30;

/**
 * Everything the progress page shows, computed with lib/srs's pure statistics. Undone reviews are
 * left out everywhere. Only what the statistics need is read: review times counted per minute by
 * SQLite for the heatmap and streak, whole reviews for the 30-day retention window.
 */
export async function loadProgress(userId: string, now: Date): Promise<ProgressData> {
  // A plain read: getStudySettings upserts (a write) and is only needed for a learner without settings.
  const settings = (await db.studySettings.findUnique({ where: { userId } })) ?? (await getStudySettings(userId));
  const timeZone = settings.timeZone;
  const today = studyDayOf(now, timeZone);
  const since = new Date(now.getTime() - (RETENTION_DAYS + 2) * 86_400_000); // covers the 30 study days
  const [times, recent, cards, scenarios, troubleCards] = await Promise.all([
    loadReviewTimes(userId),
    loadStatsReviews(userId, since),
    loadCardsForStats(userId),
    loadScenarioResults(userId),
    loadTroubleCards(userId),
  ]);
  const scheduler = schedulerFor(settings);
  const statsCards: StatsCard[] = cards.map((card) => ({ ...srsCardFromRow(card.id, card.state, now), topics: [card.topic] }));
  const window = { now, timeZone };
  return {
    timeZone,
    today,
    totalReviews: times.length,
    reviewsPerDay: reviewsPerDay(times, { ...window, days: 365 }),
    retention: trueRetention(recent, { ...window, days: RETENTION_DAYS }),
    forecast: dueForecast(statsCards, { ...window, days: 30 }),
    states: cardsByState(statsCards),
    mastery: masteryByTopic(statsCards, now, scheduler.retrievability),
    streak: studyStreak(times, window),
    scenarios,
    troubleCards,
  };
}
