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
import { getStudySettings } from "../study/get-settings";
import { schedulerFor, srsCardFromRow } from "../study/srs-records";
import { loadCardsForStats } from "./load-cards-for-stats";
import { loadScenarioResults, type ScenarioResult } from "./load-scenario-results";
import { loadStatsReviews } from "./load-stats-reviews";

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
}

const RETENTION_DAYS = 30;

/**
 * Everything the progress page shows, computed with lib/srs's pure statistics. Undone reviews are
 * left out everywhere. Only the columns the statistics need are read.
 */
export async function loadProgress(userId: string, now: Date): Promise<ProgressData> {
  const settings = await getStudySettings(userId);
  const timeZone = settings.timeZone;
  const today = studyDayOf(now, timeZone);
  const [reviews, cards, scenarios] = await Promise.all([
    loadStatsReviews(userId),
    loadCardsForStats(userId),
    loadScenarioResults(userId),
  ]);
  const scheduler = schedulerFor(settings);
  const statsCards: StatsCard[] = cards.map((card) => ({ ...srsCardFromRow(card.id, card.state, now), topics: [card.topic] }));
  const window = { now, timeZone };
  return {
    timeZone,
    today,
    totalReviews: reviews.length,
    reviewsPerDay: reviewsPerDay(reviews, { ...window, days: 365 }),
    retention: trueRetention(reviews, { ...window, days: RETENTION_DAYS }),
    forecast: dueForecast(statsCards, { ...window, days: 30 }),
    states: cardsByState(statsCards),
    mastery: masteryByTopic(statsCards, now, scheduler.retrievability),
    streak: studyStreak(reviews, window),
    scenarios,
  };
}
