import { describe, expect, it } from "vitest";
import { explainQueue } from "@/lib/decks/queue-explanation";

const none = { new: 0, learning: 0, review: 0 };
const limits = { newCardsPerDay: 20, newDoneToday: 20, newOverLimit: 15, maxReviewsPerDay: 200, reviewOverLimit: 0, buriedSiblings: 3 };

describe("explainQueue", () => {
  it("names the daily limit and the buried siblings", () => {
    expect(explainQueue(none, limits)).toBe("0 new: the daily limit of 20 is reached; 3 cards buried as siblings until tomorrow (a card of the same note was studied today)");
  });

  it("says when every card has been introduced, and counts cards the learner buried or suspended", () => {
    expect(explainQueue(none, { ...limits, newDoneToday: 4, newOverLimit: 0, buriedSiblings: 0, buriedByYou: 1, suspended: 2 })).toBe(
      "0 new: every card here has been introduced; 1 card buried by you until tomorrow; 2 cards suspended (unsuspend them from the card's page)",
    );
  });

  it("says nothing about new cards while some are offered", () => {
    expect(explainQueue({ new: 5, learning: 0, review: 0 }, { ...limits, newDoneToday: 15, buriedSiblings: 0 })).toBe("");
  });

  it("names the review limit when reviews wait", () => {
    expect(explainQueue(none, { ...limits, newDoneToday: 0, newOverLimit: 0, buriedSiblings: 0, newCardsPerDay: 0, reviewOverLimit: 7 })).toBe(
      "0 new: your daily limit of new cards is 0 (Settings changes it); 7 reviews wait: the daily limit of 200 reviews is reached",
    );
  });
});
