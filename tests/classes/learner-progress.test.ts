import { describe, expect, it } from "vitest";
import { learnerProgress, MIN_RETENTION_REVIEWS } from "@/lib/classes";
import { attempt, cards, daysAgo, learners, NOW, state, tally } from "./fixtures";

const base = { learners, cards, scenarioIds: ["expose-web"], tallies: [], states: [], attempts: [], now: NOW };

describe("learnerProgress", () => {
  it("sums each learner's assigned reviews and leaves out cards and scenarios outside the class", () => {
    const rows = learnerProgress({
      ...base,
      tallies: [
        tally("ada", "c1", { reviews30d: 6, reviews7d: 2, retentionReviews30d: 6, retentionPassed30d: 5 }),
        tally("ada", "c2", { reviews30d: 6, reviews7d: 1, retentionReviews30d: 6, retentionPassed30d: 3 }),
        tally("ada", "private-card", { reviews30d: 50, reviews7d: 50, retentionReviews30d: 50, retentionPassed30d: 50 }),
        tally("stranger", "c1", { reviews30d: 9 }),
      ],
      attempts: [attempt("ada", "private-scenario", true, 0)],
    });
    expect(rows.map((row) => row.userId)).toEqual(["ada", "bo", "cy"]);
    const [ada] = rows;
    expect(ada).toMatchObject({ reviews30d: 12, reviews7d: 3, cardsAssigned: 3 });
    expect(ada?.retention30d).toBeCloseTo(8 / 12);
    expect(ada?.lastActiveAt).toBeNull(); // the private scenario's attempt does not count
    expect(ada?.scenarios).toEqual([{ scenarioId: "expose-web", passed: false, status: "not-tried", attempts: 0, hintsUsed: 0 }]);
  });

  it("shows retention only from MIN_RETENTION_REVIEWS review-state answers on", () => {
    const under = learnerProgress({ ...base, tallies: [tally("bo", "c1", { reviews30d: 20, retentionReviews30d: MIN_RETENTION_REVIEWS - 1, retentionPassed30d: 9 })] });
    expect(under[1]?.retention30d).toBeNull();
    const enough = learnerProgress({ ...base, tallies: [tally("bo", "c1", { reviews30d: 20, retentionReviews30d: MIN_RETENTION_REVIEWS, retentionPassed30d: 9 })] });
    expect(enough[1]?.retention30d).toBeCloseTo(0.9);
  });

  it("counts introduced and due cards, skipping new and suspended ones, and takes the latest activity", () => {
    const [ada] = learnerProgress({
      ...base,
      states: [
        state("ada", "c1", { due: daysAgo(1), lastReview: daysAgo(5) }),
        state("ada", "c2", { due: daysAgo(1), suspended: true, lastReview: daysAgo(4) }),
        state("ada", "c3", { state: "new", lastReview: null }),
      ],
      attempts: [attempt("ada", "expose-web", false, 0), attempt("ada", "expose-web", true, 30)],
    });
    expect(ada).toMatchObject({ cardsIntroduced: 2, dueNow: 1 });
    expect(ada?.lastActiveAt).toBe(new Date(daysAgo(1).getTime() + 30 * 60_000).toISOString());
    expect(ada?.scenarios[0]).toMatchObject({ passed: true, status: "passed", attempts: 2 });
  });

  it("keeps every invariant on any data: introduced ≤ assigned, 7d ≤ 30d, retention within 0–1", () => {
    const tallies = learners.flatMap((learner, i) => cards.map((card, j) => tally(learner.userId, card.cardId, { reviews30d: 5 + i + j, reviews7d: i + j, retentionReviews30d: 4 + i, retentionPassed30d: 3 + (j % 2) })));
    const states = learners.flatMap((learner) => cards.map((card, j) => state(learner.userId, card.cardId, { state: j === 0 ? "new" : "review" })));
    for (const row of learnerProgress({ ...base, tallies, states })) {
      expect(row.cardsIntroduced).toBeLessThanOrEqual(row.cardsAssigned);
      expect(row.reviews7d).toBeLessThanOrEqual(row.reviews30d);
      if (row.retention30d !== null) expect(row.retention30d).toBeGreaterThanOrEqual(0);
      if (row.retention30d !== null) expect(row.retention30d).toBeLessThanOrEqual(1);
    }
  });
});
