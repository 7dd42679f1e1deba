import { describe, expect, it } from "vitest";
import { needsAtDayStart, newCardsNeeded, newCardsReservedToday, raisedNewCardLimit } from "@/lib/classes";

const now = new Date("2026-06-10T10:00:00Z");
const inThreeDays = new Date("2026-06-13T10:00:00Z");

describe("a class deck to introduce by its due date", () => {
  it("keeps the day's share as it stood at the start of the day while the learner works through it", () => {
    // 90 cards over 3 days: 30 a day. After 20 today, 70 are left: naively 24 a day, 4 more today.
    const needsNow = newCardsNeeded([{ deckId: "k8s", newCards: 70, dueAt: inThreeDays }], now);
    expect(needsNow[0]?.perDay).toBe(24);
    const today = new Map([["k8s", 20]]);
    const dayStart = needsAtDayStart(needsNow, today);
    expect(dayStart[0]?.perDay).toBe(30);
    expect(newCardsReservedToday(dayStart, today).get("k8s")).toBe(10);
    // The learner's own limit of 20 is raised to make room for the whole day's share.
    expect(raisedNewCardLimit(20, dayStart)).toBe(30);
  });

  it("reserves nothing once today's share is done, and never more than the deck has left", () => {
    const needs = newCardsNeeded([{ deckId: "k8s", newCards: 5, dueAt: now }], now);
    expect(newCardsReservedToday(needsAtDayStart(needs, new Map()), new Map()).get("k8s")).toBe(5);
    const done = new Map([["k8s", 5]]);
    expect(newCardsReservedToday(needsAtDayStart(newCardsNeeded([{ deckId: "k8s", newCards: 0, dueAt: now }], now), done), done).size).toBe(0);
  });
});
