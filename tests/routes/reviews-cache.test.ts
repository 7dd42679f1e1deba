import { describe, expect, it } from "vitest";
import { signedInAs } from "./helpers/accounts";
import type { HttpSession } from "./helpers/http-session";

interface QueueBody {
  next: { card: { id: string } } | null;
  counts: { new: number; learning: number; review: number };
  doneToday: number;
}

async function studyQueue(session: HttpSession): Promise<QueueBody> {
  return (await (await session.request("/api/study")).json()) as QueueBody;
}

async function answer(session: HttpSession, cardId: string): Promise<QueueBody> {
  const response = await session.json("/api/reviews", "POST", { clientId: crypto.randomUUID(), cardId, rating: 3 });
  expect(response.status).toBe(201);
  return ((await response.json()) as { queue: QueueBody }).queue;
}

const settings = { desiredRetention: 0.9, maxReviewsPerDay: 200, timeZone: "UTC", leechThreshold: 8, leechAction: "suspend" };

describe("POST /api/reviews with the in-memory settings and catalogue caches", () => {
  it("answers with the same queue as a fresh GET /api/study, answer after answer", async () => {
    const { session } = await signedInAs("learner");
    let queue = await studyQueue(session);
    for (let i = 0; i < 5 && queue.next; i += 1) {
      const answered = await answer(session, queue.next.card.id);
      queue = await studyQueue(session);
      expect(answered).toEqual(queue);
    }
  });

  it("sees a settings change at once", async () => {
    const { session } = await signedInAs("learner");
    expect((await session.json("/api/settings", "PUT", { ...settings, newCardsPerDay: 20 })).status).toBe(200);
    const first = await studyQueue(session);
    if (!first.next) throw new Error("the queue is empty");
    const before = await answer(session, first.next.card.id);
    expect(before.counts.new).toBeGreaterThan(1);
    expect((await session.json("/api/settings", "PUT", { ...settings, newCardsPerDay: 2 })).status).toBe(200);
    if (!before.next) throw new Error("the queue is empty");
    const after = await answer(session, before.next.card.id);
    expect(after.counts.new).toBe(0);
    expect(after).toEqual(await studyQueue(session));
  });

  it("answers 409 when another learner's review already used the clientId", async () => {
    const a = await signedInAs("learner");
    const b = await signedInAs("learner");
    const clientId = crypto.randomUUID();
    const first = await studyQueue(a.session);
    if (!first.next) throw new Error("the queue is empty");
    expect((await a.session.json("/api/reviews", "POST", { clientId, cardId: first.next.card.id, rating: 3 })).status).toBe(201);
    const other = await studyQueue(b.session);
    if (!other.next) throw new Error("the queue is empty");
    expect((await b.session.json("/api/reviews", "POST", { clientId, cardId: other.next.card.id, rating: 3 })).status).toBe(409);
    expect((await studyQueue(b.session)).doneToday).toBe(0);
  });
});
