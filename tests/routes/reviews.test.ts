import { describe, expect, it } from "vitest";
import { signedInAs } from "./helpers/accounts";
import { HttpSession } from "./helpers/http-session";

interface QueueBody {
  next: { card: { id: string }; previews: { rating: number; label: string }[] } | null;
  counts: { new: number; learning: number; review: number };
  doneToday: number;
}

async function firstCard(session: HttpSession): Promise<string> {
  const queue = (await (await session.request("/api/study")).json()) as QueueBody;
  if (!queue.next) throw new Error("the queue is empty");
  return queue.next.card.id;
}

describe("POST /api/reviews", () => {
  it("answers 401 without a session", async () => {
    const response = await new HttpSession().json("/api/reviews", "POST", { clientId: "abcdefgh-1", cardId: "x", rating: 3 });
    expect(response.status).toBe(401);
  });

  it("answers 422 for a rating outside 1-4, naming the field", async () => {
    const { session } = await signedInAs("learner");
    const cardId = await firstCard(session);
    const response = await session.json("/api/reviews", "POST", { clientId: crypto.randomUUID(), cardId, rating: 5 });
    expect(response.status).toBe(422);
    expect(((await response.json()) as { issues: { path: string; message: string }[] }).issues[0]).toMatchObject({ path: "rating", message: expect.stringMatching(/1 \(Again\)/) });
  });

  it("answers 403 for a body that is not declared JSON and 400 for JSON that does not parse", async () => {
    const { session } = await signedInAs("learner");
    const form = await session.request("/api/reviews", { method: "POST", headers: { "content-type": "text/plain" }, body: "rating=3" });
    expect(form.status).toBe(403);
    expect(((await form.json()) as { error: string }).error).toMatch(/Content-Type: application\/json/);
    const broken = await session.request("/api/reviews", { method: "POST", headers: { "content-type": "application/json" }, body: '{"rating": 3' });
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as { error: string }).error).toBe("The request body is not valid JSON.");
  });

  it("answers 413 for a body over 64 KB and still answers the next request on the connection", async () => {
    const { session } = await signedInAs("learner");
    const cardId = await firstCard(session);
    const body = { clientId: crypto.randomUUID(), cardId, rating: 3, padding: "x".repeat(70_000) };
    const large = await session.json("/api/reviews", "POST", body);
    expect(large.status).toBe(413);
    const size = Buffer.byteLength(JSON.stringify(body));
    expect(((await large.json()) as { error: string }).error).toBe(`The request body is ${size} bytes; at most 65536 are accepted.`);
    const next = await session.json("/api/reviews", "POST", { clientId: crypto.randomUUID(), cardId, rating: 3 });
    expect(next.status).toBe(201);
  });

  it("answers 404 for a card that does not exist", async () => {
    const { session } = await signedInAs("learner");
    const response = await session.json("/api/reviews", "POST", { clientId: crypto.randomUUID(), cardId: "no-such-card", rating: 3 });
    expect(response.status).toBe(404);
  });

  it("records a repeated clientId once, even when sent ten times at once", async () => {
    const { session } = await signedInAs("learner");
    const cardId = await firstCard(session);
    const clientId = crypto.randomUUID();
    const responses = await Promise.all(Array.from({ length: 10 }, () => session.json("/api/reviews", "POST", { clientId, cardId, rating: 3 })));
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status === 200)).toHaveLength(9);
    const queue = (await (await session.request("/api/study")).json()) as QueueBody;
    expect(queue.doneToday).toBe(1);
  });

  it("keeps both answers when two tabs answer the same card", async () => {
    const { session } = await signedInAs("learner");
    const cardId = await firstCard(session);
    const [a, b] = await Promise.all([
      session.json("/api/reviews", "POST", { clientId: crypto.randomUUID(), cardId, rating: 1 }),
      session.json("/api/reviews", "POST", { clientId: crypto.randomUUID(), cardId, rating: 3 }),
    ]);
    expect([a?.status, b?.status]).toEqual([201, 201]);
    const queue = (await (await session.request("/api/study")).json()) as QueueBody;
    expect(queue.doneToday).toBe(2);
  });

  it("cannot review a card of another learner's private deck (404)", async () => {
    const owner = await signedInAs("learner");
    const text = "- **Pod** - smallest unit\n- **Node** - a machine\n";
    const preview = (await (await owner.session.json("/api/notes/preview", "POST", { text })).json()) as { cards: unknown[] };
    const created = (await (await owner.session.json("/api/decks", "POST", { title: "Private", sourceText: text, cards: preview.cards })).json()) as { deck: { id: string } };
    const ownerQueue = (await (await owner.session.request(`/api/study?deck=${created.deck.id}`)).json()) as QueueBody;
    const privateCard = ownerQueue.next?.card.id ?? "";
    const stranger = await signedInAs("learner");
    const response = await stranger.session.json("/api/reviews", "POST", { clientId: crypto.randomUUID(), cardId: privateCard, rating: 3 });
    expect(response.status).toBe(404);
  });
});

describe("GET /api/study: why the queue holds what it holds", () => {
  it("sends the daily limits and today's counts, and what the learner buried or suspended once nothing is left", async () => {
    const { session } = await signedInAs("learner");
    const cardId = await firstCard(session);
    await session.json("/api/reviews", "POST", { clientId: crypto.randomUUID(), cardId, rating: 3 });
    const queue = (await (await session.request("/api/study")).json()) as { next: unknown; limits: Record<string, number> };
    expect(queue.limits).toMatchObject({ newCardsPerDay: 20, newDoneToday: 1, maxReviewsPerDay: expect.any(Number), buriedSiblings: expect.any(Number) });
    expect(queue.next).not.toBeNull();
    expect(queue.limits.suspended).toBeUndefined(); // counted only for an empty queue
  });
});

describe("POST /api/reviews/undo", () => {
  it("answers 404 when there is nothing to undo", async () => {
    const { session } = await signedInAs("learner");
    expect((await session.json("/api/reviews/undo", "POST", {})).status).toBe(404);
  });

  it("restores the card exactly: the same intervals are offered again", async () => {
    const { session } = await signedInAs("learner");
    const before = (await (await session.request("/api/study")).json()) as QueueBody;
    const cardId = before.next?.card.id ?? "";
    await session.json("/api/reviews", "POST", { clientId: crypto.randomUUID(), cardId, rating: 4 });
    const undone = (await (await session.json("/api/reviews/undo", "POST", {})).json()) as { queue: QueueBody };
    expect(undone.queue.next?.card.id).toBe(cardId);
    expect(undone.queue.next?.previews).toEqual(before.next?.previews);
    expect(undone.queue.doneToday).toBe(0);
  });

  it("undoes exactly the answer the page names, and refuses (409) when a newer one came from another tab", async () => {
    const { session } = await signedInAs("learner");
    const first = crypto.randomUUID();
    const firstCardId = await firstCard(session);
    const answered = (await (await session.json("/api/reviews", "POST", { clientId: first, cardId: firstCardId, rating: 3 })).json()) as { queue: QueueBody };
    const otherTab = crypto.randomUUID();
    await session.json("/api/reviews", "POST", { clientId: otherTab, cardId: answered.queue.next?.card.id, rating: 3 });

    const stale = await session.json("/api/reviews/undo", "POST", { clientId: first });
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as { error: string }).error).toContain("another tab");
    expect(((await (await session.request("/api/study")).json()) as QueueBody).doneToday).toBe(2);

    const exact = await session.json("/api/reviews/undo", "POST", { clientId: otherTab });
    expect(exact.status).toBe(200);
    expect(((await exact.json()) as { queue: QueueBody }).queue.doneToday).toBe(1);
  });

  it("labels the restored card by the state the undo gave back (learning, not review)", async () => {
    const { session } = await signedInAs("learner");
    const cardId = await firstCard(session);
    await session.json("/api/reviews", "POST", { clientId: crypto.randomUUID(), cardId, rating: 1 }); // new → learning
    const second = crypto.randomUUID();
    await session.json("/api/reviews", "POST", { clientId: second, cardId, rating: 3 });
    const undone = (await (await session.json("/api/reviews/undo", "POST", { clientId: second })).json()) as {
      undone: { rating: number; state: string };
      queue: { next: { card: { id: string }; queueKind: string } | null };
    };
    expect(undone.queue.next?.card.id).toBe(cardId);
    expect(undone.undone).toMatchObject({ rating: 3, state: "learning" });
    expect(undone.queue.next?.queueKind).toBe("learning");
  });

  it("answers 422 for a malformed clientId, naming the field", async () => {
    const { session } = await signedInAs("learner");
    const response = await session.json("/api/reviews/undo", "POST", { clientId: "x" });
    expect(response.status).toBe(422);
    expect(JSON.stringify(await response.json())).toContain("clientId");
  });
});
