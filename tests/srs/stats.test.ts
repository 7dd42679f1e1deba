import { describe, expect, it } from "vitest";
import { createScheduler, newCardSchedule } from "@/lib/srs/scheduler";
import { reviewsPerDay, studyStreak, trueRetention, type StatsReview } from "@/lib/srs/stats-activity";
import { cardsByState, dueForecast, masteryByTopic, type StatsCard } from "@/lib/srs/stats-cards";
import type { CardSchedule, CardStateName, Rating } from "@/lib/srs/types";

const at = (iso: string) => new Date(iso);
const utc = { now: at("2026-06-10T12:00:00Z"), timeZone: "UTC" };

function review(iso: string, rating: Rating = 3, stateBefore: CardStateName = "review", intervalBefore = 5): StatsReview {
  return { cardId: "c", rating, reviewedAt: at(iso), stateBefore, intervalBefore };
}

function statsCard(state: CardStateName, due: string, extra: Partial<StatsCard> & { stability?: number; lastReview?: string } = {}): StatsCard {
  const schedule: CardSchedule = {
    ...newCardSchedule(at(due)),
    state,
    stability: extra.stability ?? (state === "new" ? 0 : 10),
    difficulty: state === "new" ? 0 : 5,
    lastReview: extra.lastReview ? at(extra.lastReview) : state === "new" ? null : at("2026-06-01T12:00:00Z"),
  };
  return { schedule, flags: extra.flags ?? { suspended: false, buriedUntil: null, leech: false }, topics: extra.topics ?? [] };
}

describe("reviews per day (heatmap)", () => {
  it("counts by study day in the learner's zone, with zero days, oldest first", () => {
    const reviews = [
      review("2026-06-10T03:00:00Z"), // before 4 a.m.: still the 9th
      review("2026-06-10T05:00:00Z"),
      review("2026-06-08T10:00:00Z"),
      review("2026-06-08T11:00:00Z"),
      review("2025-01-01T10:00:00Z"), // outside the window
    ];
    expect(reviewsPerDay(reviews, { ...utc, days: 5 })).toEqual([
      { day: "2026-06-06", count: 0 },
      { day: "2026-06-07", count: 0 },
      { day: "2026-06-08", count: 2 },
      { day: "2026-06-09", count: 1 },
      { day: "2026-06-10", count: 1 },
    ]);
    expect(reviewsPerDay(reviews, utc)).toHaveLength(365);
  });

  it("uses the zone: 20:00 UTC is already the next day in Auckland", () => {
    const days = reviewsPerDay([review("2026-06-09T20:00:00Z")], { now: at("2026-06-10T12:00:00Z"), timeZone: "Pacific/Auckland", days: 2 });
    expect(days).toEqual([
      { day: "2026-06-09", count: 0 },
      { day: "2026-06-10", count: 1 },
    ]);
  });
});

describe("true retention (last 30 days, young < 21 d ≤ mature)", () => {
  it("counts only review-state answers in the window, Again as failed", () => {
    const reviews = [
      review("2026-06-09T10:00:00Z", 3, "review", 5),
      review("2026-06-09T10:00:00Z", 1, "review", 5),
      review("2026-06-09T10:00:00Z", 2, "review", 20),
      review("2026-06-05T10:00:00Z", 4, "review", 21),
      review("2026-06-05T10:00:00Z", 1, "review", 60),
      review("2026-06-05T10:00:00Z", 4, "review", 90),
      review("2026-06-09T10:00:00Z", 1, "learning", 0),
      review("2026-06-09T10:00:00Z", 1, "relearning", 0),
      review("2026-05-11T10:00:00Z", 1, "review", 5), // 31st day back: outside
    ];
    const retention = trueRetention(reviews, utc);
    expect(retention.young).toEqual({ reviews: 3, passed: 2, rate: 2 / 3 });
    expect(retention.mature).toEqual({ reviews: 3, passed: 2, rate: 2 / 3 });
    expect(retention.all.reviews).toBe(6);
    expect(trueRetention([], utc).all.rate).toBeNull();
  });
});

describe("streak", () => {
  const reviews = ["2026-06-10", "2026-06-09", "2026-06-08", "2026-06-05", "2026-06-04"].map((d) => review(`${d}T10:00:00Z`));

  it("counts consecutive study days up to today", () => {
    expect(studyStreak(reviews, utc)).toEqual({ current: 3, longest: 3, studiedToday: true });
  });

  it("still counts up to yesterday before today's first review, and breaks after a missed day", () => {
    expect(studyStreak(reviews, { now: at("2026-06-11T12:00:00Z"), timeZone: "UTC" })).toEqual({ current: 3, longest: 3, studiedToday: false });
    expect(studyStreak(reviews, { now: at("2026-06-12T12:00:00Z"), timeZone: "UTC" }).current).toBe(0);
    // 02:00 on the 11th is still study day the 10th.
    expect(studyStreak(reviews, { now: at("2026-06-11T02:00:00Z"), timeZone: "UTC" }).studiedToday).toBe(true);
  });
});

describe("due forecast, cards by state, mastery", () => {
  const cards: StatsCard[] = [
    statsCard("review", "2026-06-01T10:00:00Z"), // overdue: today
    statsCard("review", "2026-06-11T03:00:00Z"), // before 4 a.m.: today
    statsCard("review", "2026-06-11T05:00:00Z"), // tomorrow
    statsCard("relearning", "2026-06-10T12:10:00Z"),
    statsCard("review", "2026-07-20T10:00:00Z"), // beyond 30 days
    statsCard("new", "2026-06-10T10:00:00Z"),
    statsCard("review", "2026-06-12T10:00:00Z", { flags: { suspended: true, buriedUntil: null, leech: true } }),
  ];

  it("forecasts scheduled cards per study day; overdue counts today; new and suspended are left out", () => {
    const forecast = dueForecast(cards, utc);
    expect(forecast).toHaveLength(30);
    expect(forecast.slice(0, 3)).toEqual([
      { day: "2026-06-10", count: 3 },
      { day: "2026-06-11", count: 1 },
      { day: "2026-06-12", count: 0 },
    ]);
    expect(forecast.reduce((sum, d) => sum + d.count, 0)).toBe(4);
  });

  it("counts cards by state with suspended and leech flags on top", () => {
    expect(cardsByState(cards)).toEqual({ new: 1, learning: 0, review: 5, relearning: 1, suspended: 1, leech: 1, total: 7 });
  });

  it("mastery is the mean predicted recall of a topic's cards, new cards counting 0", () => {
    const now = at("2026-06-10T12:00:00Z");
    const fresh = statsCard("review", "2026-06-20T12:00:00Z", { lastReview: "2026-06-10T12:00:00Z", stability: 10, topics: ["pods", "basics"] });
    const atStability = statsCard("review", "2026-06-10T12:00:00Z", { lastReview: "2026-05-31T12:00:00Z", stability: 10, topics: ["pods"] });
    const unseen = statsCard("new", "2026-06-10T12:00:00Z", { topics: ["pods", "services"] });
    const mastery = masteryByTopic([fresh, atStability, unseen], now, createScheduler().retrievability);
    expect(mastery.map((m) => m.topic)).toEqual(["basics", "pods", "services"]);
    expect(mastery[0]).toEqual({ topic: "basics", cards: 1, mastery: 1 });
    expect(mastery[1]!.cards).toBe(3);
    expect(mastery[1]!.mastery).toBeCloseTo((1 + 0.9 + 0) / 3, 6);
    expect(mastery[2]).toEqual({ topic: "services", cards: 1, mastery: 0 });
  });
});
