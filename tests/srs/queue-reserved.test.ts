import { describe, expect, it } from "vitest";
import { buildColumnQueue, QueueColumns, type QueueCard } from "@/lib/srs";

const now = new Date("2026-06-10T10:00:00Z");

function newCard(id: string, deckId: string, position: number): QueueCard {
  const schedule = { state: "new", due: now, stability: 0, difficulty: 0, elapsedDays: 0, scheduledDays: 0, learningSteps: 0, reps: 0, lapses: 0, lastReview: null } as const;
  return { id, noteId: `note-${id}`, deckId, position, schedule, flags: { suspended: false, buriedUntil: null, leech: false } };
}

/** Ten cards of deck "own" first in position, then ten of the assigned deck "class". */
const cards = [...Array.from({ length: 10 }, (_, i) => newCard(`own-${i}`, "own", i)), ...Array.from({ length: 10 }, (_, i) => newCard(`class-${i}`, "class", 10 + i))];

function newIds(reservedNew?: ReadonlyMap<string, number>, newCardsPerDay = 6, doneNew = 0): string[] {
  const columns = QueueColumns.fromCards(cards);
  const queue = buildColumnQueue({
    columns,
    now,
    timeZone: "UTC",
    newCardsPerDay,
    maxReviewsPerDay: 100,
    doneToday: { newCards: doneNew, reviews: 0 },
    studiedNotes: new Uint8Array(columns.layout.noteCount),
    reservedNew,
  });
  return queue.order.filter((_, at) => queue.kindAt(at) === "new").map((index) => cards[index]?.id ?? "");
}

describe("new cards reserved for a deck a class must introduce", () => {
  it("without a reservation, new cards come in position order (the assigned deck's cards last)", () => {
    expect(newIds()).toEqual(["own-0", "own-1", "own-2", "own-3", "own-4", "own-5"]);
  });

  it("the reserved deck's cards lead, up to the reservation, and the rest of the limit goes in position order", () => {
    expect(newIds(new Map([["class", 4]]))).toEqual(["class-0", "class-1", "class-2", "class-3", "own-0", "own-1"]);
  });

  it("a reservation never raises the day's limit by itself", () => {
    expect(newIds(new Map([["class", 9]]), 6)).toHaveLength(6);
    expect(newIds(new Map([["class", 9]]), 6, 4)).toEqual(["class-0", "class-1"]);
  });
});
