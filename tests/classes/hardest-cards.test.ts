import { describe, expect, it } from "vitest";
import { hardestCards, MIN_CARD_REVIEWS } from "@/lib/classes";
import { cards, state, tally } from "./fixtures";

const members = new Set(["ada", "bo"]);

describe("hardestCards", () => {
  it("ranks by again-rate across the class, then lapses, with the card's text", () => {
    const ranked = hardestCards(
      cards,
      [tally("ada", "c1", { reviews30d: 6, again30d: 3 }), tally("bo", "c1", { reviews30d: 4, again30d: 3 }), tally("ada", "c2", { reviews30d: 10, again30d: 1 }), tally("bo", "c3", { reviews30d: 10, again30d: 1 })],
      [state("ada", "c3", { lapses: 4 }), state("bo", "c1", { lapses: 2 })],
      members,
    );
    expect(ranked.map((card) => card.cardId)).toEqual(["c1", "c3", "c2"]);
    expect(ranked[0]).toEqual({ cardId: "c1", front: "What selects a Service's pods?", reviews: 10, againRate: 0.6, lapses: 2 });
  });

  it("leaves out cards with too few answers and learners outside the class", () => {
    const ranked = hardestCards(cards, [tally("ada", "c1", { reviews30d: MIN_CARD_REVIEWS - 1, again30d: 4 }), tally("outsider", "c1", { reviews30d: 50, again30d: 50 })], [], members);
    expect(ranked).toEqual([]);
  });
});
