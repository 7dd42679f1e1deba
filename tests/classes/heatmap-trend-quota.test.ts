import { describe, expect, it } from "vitest";
import { forgetting_curve, generatorParameters } from "ts-fsrs";
import { masteryHeatmap, newCardsNeeded, raisedNewCardLimit, weeklyTrend } from "@/lib/classes";
import { cards, DAY, daysAgo, NOW, state } from "./fixtures";

const w = generatorParameters().w;
const fsrs = (stability: number, elapsed: number) => forgetting_curve(w, elapsed, stability);

describe("masteryHeatmap", () => {
  it("averages FSRS retrievability of introduced cards per learner and topic; none introduced is blank", () => {
    const map = masteryHeatmap(["ada", "bo"], cards, [state("ada", "c1", { stability: 10, lastReview: daysAgo(10) }), state("ada", "c2", { stability: 1, lastReview: daysAgo(10) }), state("ada", "c3", { state: "new", lastReview: null })], NOW, () => fsrs);
    expect(map.topics).toEqual(["Pods", "Services"]);
    const [ada, bo] = map.rows;
    expect(ada?.cells[1]?.cards).toBe(2);
    expect(ada?.cells[1]?.mastery).toBeCloseTo((fsrs(10, 10) + fsrs(1, 10)) / 2);
    expect(fsrs(10, 10)).toBeCloseTo(0.9, 2); // FSRS: stability is the interval at which recall falls to 90%
    expect(ada?.cells[0]).toEqual({ mastery: null, cards: 0 });
    expect(bo?.cells.every((cell) => cell.mastery === null)).toBe(true);
  });

  it("reads each learner with their own curve: fitted parameters give their value, others the default", () => {
    const fitted = [...w.slice(0, 20), 0.6];
    const own = (stability: number, elapsed: number) => forgetting_curve(fitted, elapsed, stability);
    const states = [state("ada", "c1", { stability: 10, lastReview: daysAgo(30) }), state("bo", "c1", { stability: 10, lastReview: daysAgo(30) })];
    const map = masteryHeatmap(["ada", "bo"], cards, states, NOW, (userId) => (userId === "ada" ? own : fsrs));
    const [ada, bo] = map.rows;
    expect(ada?.cells[1]?.mastery).toBeCloseTo(own(10, 30), 10);
    expect(bo?.cells[1]?.mastery).toBeCloseTo(fsrs(10, 30), 10);
    expect(Math.abs(own(10, 30) - fsrs(10, 30))).toBeGreaterThan(0.01);
  });

  it("never leaves 0–1, however long ago or stable", () => {
    const states = [0.01, 1, 100, 10_000].flatMap((stability, i) => [state("ada", `c${i}`, { stability, lastReview: daysAgo(i * 400) })]);
    const manyCards = states.map((s) => ({ cardId: s.cardId, deckId: "d", front: "", topic: "T" }));
    for (const cell of masteryHeatmap(["ada"], manyCards, states, NOW, () => fsrs).rows[0]?.cells ?? []) {
      expect(cell.mastery).toBeGreaterThanOrEqual(0);
      expect(cell.mastery).toBeLessThanOrEqual(1);
    }
  });
});

describe("weeklyTrend", () => {
  it("lays out the last weeks oldest first, with retention only on enough answers and first passes per week", () => {
    const trend = weeklyTrend(
      [
        { weeksAgo: 0, reviews: 40, retentionReviews: 20, retentionPassed: 18 },
        { weeksAgo: 2, reviews: 7, retentionReviews: 5, retentionPassed: 5 },
        { weeksAgo: 9, reviews: 99, retentionReviews: 99, retentionPassed: 99 },
      ],
      [daysAgo(1), daysAgo(2), daysAgo(15)],
      NOW,
      4,
    );
    expect(trend).toHaveLength(4);
    expect(trend.map((week) => week.reviews)).toEqual([0, 7, 0, 40]);
    expect(trend[3]?.retention).toBeCloseTo(0.9);
    expect(trend[1]?.retention).toBeNull();
    expect(trend.map((week) => week.scenariosPassed)).toEqual([0, 1, 0, 2]);
    expect(trend[3]?.weekStart).toBe(new Date(NOW.getTime() - 7 * DAY).toISOString().slice(0, 10));
  });
});

describe("introduce all cards by the due date", () => {
  it("spreads the unseen cards over the days left, and past due asks for all of them today", () => {
    const needs = newCardsNeeded(
      [
        { deckId: "soon", newCards: 50, dueAt: new Date(NOW.getTime() + 2.5 * DAY) },
        { deckId: "done", newCards: 0, dueAt: new Date(NOW.getTime() + DAY) },
        { deckId: "late", newCards: 12, dueAt: daysAgo(3) },
      ],
      NOW,
    );
    expect(needs).toEqual([
      { deckId: "soon", perDay: 17, daysLeft: 3, newCards: 50 },
      { deckId: "done", perDay: 0, daysLeft: 1, newCards: 0 },
      { deckId: "late", perDay: 12, daysLeft: 1, newCards: 12 },
    ]);
  });

  it("raises the learner's limit only by what a deck needs beyond it", () => {
    expect(raisedNewCardLimit(20, [{ deckId: "a", perDay: 17, daysLeft: 3 }])).toBe(20);
    expect(raisedNewCardLimit(20, [{ deckId: "a", perDay: 30, daysLeft: 3 }, { deckId: "b", perDay: 25, daysLeft: 2 }])).toBe(35);
    expect(raisedNewCardLimit(20, [])).toBe(20);
  });
});
