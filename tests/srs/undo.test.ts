import { describe, expect, it } from "vitest";
import { createScheduler, newCard } from "@/lib/srs/scheduler";
import type { Rating, ReviewLogEntry, SrsCard } from "@/lib/srs/types";

/** mulberry32: a tiny seeded PRNG so the "random" sequences are the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const start = new Date("2026-02-01T07:30:00Z");
const ZONES = ["UTC", "America/Los_Angeles", "Pacific/Auckland", "Asia/Kolkata"];

function expectSameCard(actual: SrsCard, expected: SrsCard): void {
  expect(actual).toEqual(expected);
  expect(actual.schedule.due.getTime()).toBe(expected.schedule.due.getTime());
  expect(actual.schedule.lastReview?.getTime()).toBe(expected.schedule.lastReview?.getTime());
}

describe("undo: rollback(review(card)) == card", () => {
  it("holds after every answer of 200 seeded random study histories, and unwinds whole histories", () => {
    for (let seed = 1; seed <= 200; seed += 1) {
      const random = prng(seed);
      const timeZone = ZONES[seed % ZONES.length];
      const scheduler = createScheduler({ leechThreshold: 3, leechAction: random() < 0.5 ? "suspend" : "tag", timeZone });
      let card = newCard(`card-${seed}`, start);
      const history: { before: SrsCard; log: ReviewLogEntry }[] = [];
      let now = start;
      for (let step = 0; step < 25; step += 1) {
        const rating = (1 + Math.floor(random() * 4)) as Rating;
        // Answer early, on time or late: up to twice the scheduled wait.
        const wait = card.schedule.due.getTime() - now.getTime();
        now = new Date(now.getTime() + Math.max(0, Math.round(wait * 2 * random())));
        const { card: after, log } = scheduler.review(card, rating, now);
        expectSameCard(scheduler.rollback(after, log), card);
        history.push({ before: card, log });
        card = after;
      }
      for (const { before, log } of history.reverse()) {
        card = scheduler.rollback(card, log);
        expectSameCard(card, before);
      }
      expectSameCard(card, newCard(`card-${seed}`, start));
    }
  });

  it("refuses a log that is not the card's last review", () => {
    const scheduler = createScheduler();
    const first = scheduler.review(newCard("a", start), 3, start);
    const second = scheduler.review(first.card, 3, first.card.schedule.due);
    expect(() => scheduler.rollback(second.card, first.log)).toThrow(/last review/);
    expect(() => scheduler.rollback({ ...second.card, id: "b" }, second.log)).toThrow(/belongs to card a/);
  });
});

describe("leeches", () => {
  function lapse(times: number, options: Parameters<typeof createScheduler>[0] = {}) {
    const scheduler = createScheduler(options);
    let card = newCard("leechy", start);
    let now = start;
    let result = scheduler.review(card, 4, now);
    const logs = [result.log];
    card = result.card;
    for (let i = 0; i < times; i += 1) {
      now = card.schedule.due;
      result = scheduler.review(card, 1, now); // lapse
      logs.push(result.log);
      card = result.card;
      now = card.schedule.due;
      result = scheduler.review(card, 3, now); // relearnt
      logs.push(result.log);
      card = result.card;
    }
    return { card, logs, scheduler };
  }

  it("the 8th lapse tags and suspends the card by default", () => {
    const seven = lapse(7);
    expect(seven.card.schedule.lapses).toBe(7);
    expect(seven.card.flags).toEqual({ suspended: false, buriedUntil: null, leech: false });
    const eight = lapse(8);
    expect(eight.card.schedule.lapses).toBe(8);
    expect(eight.card.flags).toMatchObject({ leech: true, suspended: true });
    expect(eight.logs.filter((log) => log.becameLeech)).toHaveLength(1);
  });

  it("threshold and action are configurable; tag-only leaves the card in the queue", () => {
    const tagged = lapse(3, { leechThreshold: 3, leechAction: "tag" });
    expect(tagged.card.flags).toMatchObject({ leech: true, suspended: false });
  });

  it("undoing the answer that made a leech removes the tag and the suspension", () => {
    const { card, logs, scheduler } = lapse(8);
    const relearnt = logs.at(-1)!;
    const lapsed = logs.at(-2)!;
    expect(lapsed.becameLeech).toBe(true);
    const undone = scheduler.rollback(scheduler.rollback(card, relearnt), lapsed);
    expect(undone.flags).toEqual({ suspended: false, buriedUntil: null, leech: false });
    expect(undone.schedule.lapses).toBe(7);
  });

  it("reset starts the card over and clears the leech state", () => {
    const { card, scheduler } = lapse(8);
    const now = new Date("2027-01-01T00:00:00Z");
    const reset = scheduler.reset(card, now);
    expect(reset.schedule).toMatchObject({ state: "new", reps: 0, lapses: 0, stability: 0, due: now });
    expect(reset.flags).toEqual({ suspended: false, buriedUntil: null, leech: false });
  });
});
