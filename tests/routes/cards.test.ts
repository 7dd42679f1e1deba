import { describe, expect, it } from "vitest";
import { signedInAs } from "./helpers/accounts";
import { HttpSession } from "./helpers/http-session";

interface QueueBody {
  next: { card: { id: string } } | null;
}

interface CardInfoBody {
  card: { id: string; front: string };
  state: string;
  suspended: boolean;
  buriedUntil: string | null;
  reps: number;
  stability: number;
  retrievability: number | null;
  due: string | null;
  history: { rating: number; ratingLabel: string; interval: string }[];
}

async function firstCard(session: HttpSession): Promise<string> {
  const queue = (await (await session.request("/api/study")).json()) as QueueBody;
  if (!queue.next) throw new Error("the queue is empty");
  return queue.next.card.id;
}

async function privateCardOfNewOwner(): Promise<string> {
  const owner = await signedInAs("learner");
  const text = "- **Pod** - smallest unit\n- **Node** - a machine\n";
  const preview = (await (await owner.session.json("/api/notes/preview", "POST", { text })).json()) as { cards: unknown[] };
  const created = (await (await owner.session.json("/api/decks", "POST", { title: "Private", sourceText: text, cards: preview.cards })).json()) as { deck: { id: string } };
  const queue = (await (await owner.session.request(`/api/study?deck=${created.deck.id}`)).json()) as QueueBody;
  return queue.next?.card.id ?? "";
}

describe("GET /api/cards/[cardId]", () => {
  it("answers 401 without a session", async () => {
    expect((await new HttpSession().request("/api/cards/anything")).status).toBe(401);
    expect((await new HttpSession().json("/api/cards/anything/actions", "POST", { action: "suspend" })).status).toBe(401);
  });

  it("shows a reviewed card's history, memory state and next due date", async () => {
    const { session } = await signedInAs("learner");
    const cardId = await firstCard(session);
    const fresh = (await (await session.request(`/api/cards/${cardId}`)).json()) as CardInfoBody;
    expect(fresh).toMatchObject({ state: "new", reps: 0, retrievability: null, due: null, history: [] });
    await session.json("/api/reviews", "POST", { clientId: crypto.randomUUID(), cardId, rating: 3 });
    await session.json("/api/reviews", "POST", { clientId: crypto.randomUUID(), cardId, rating: 4 });
    await session.json("/api/reviews/undo", "POST", {});
    const info = (await (await session.request(`/api/cards/${cardId}`)).json()) as CardInfoBody;
    expect(info.card.id).toBe(cardId);
    expect(info.state).toBe("learning");
    expect(info.reps).toBe(1);
    expect(info.stability).toBeGreaterThan(0);
    expect(info.retrievability).toBeGreaterThan(0.9);
    expect(info.history).toEqual([{ reviewedAt: expect.any(String), rating: 3, ratingLabel: "Good", stateBefore: "new", interval: "10m", durationMs: 0 }]);
  });

  it("answers 404 for another learner's private card and for a missing card", async () => {
    const privateCard = await privateCardOfNewOwner();
    const { session } = await signedInAs("learner");
    expect((await session.request(`/api/cards/${privateCard}`)).status).toBe(404);
    expect((await session.json(`/api/cards/${privateCard}/actions`, "POST", { action: "suspend" })).status).toBe(404);
    const missing = await session.request("/api/cards/no-such-card");
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: string }).error).toMatch(/No card with id "no-such-card"/);
  });
});

describe("POST /api/cards/[cardId]/actions", () => {
  it("answers 422 for an unknown action, listing the valid ones", async () => {
    const { session } = await signedInAs("learner");
    const cardId = await firstCard(session);
    const response = await session.json(`/api/cards/${cardId}/actions`, "POST", { action: "delete" });
    expect(response.status).toBe(422);
    expect(((await response.json()) as { issues: unknown[] }).issues).toContainEqual({ path: "action", message: "action must be one of: suspend, unsuspend, bury, unbury, reset." });
  });

  it("suspends and unsuspends: a suspended card leaves the queue", async () => {
    const { session } = await signedInAs("learner");
    const cardId = await firstCard(session);
    const suspended = (await (await session.json(`/api/cards/${cardId}/actions`, "POST", { action: "suspend" })).json()) as CardInfoBody;
    expect(suspended.suspended).toBe(true);
    expect(await firstCard(session)).not.toBe(cardId);
    const back = (await (await session.json(`/api/cards/${cardId}/actions`, "POST", { action: "unsuspend" })).json()) as CardInfoBody;
    expect(back.suspended).toBe(false);
    expect(await firstCard(session)).toBe(cardId);
  });

  it("buries until the next study day and resets a studied card to new, keeping its history", async () => {
    const { session } = await signedInAs("learner");
    const cardId = await firstCard(session);
    await session.json("/api/reviews", "POST", { clientId: crypto.randomUUID(), cardId, rating: 4 });
    const buried = (await (await session.json(`/api/cards/${cardId}/actions`, "POST", { action: "bury" })).json()) as CardInfoBody;
    expect(Date.parse(buried.buriedUntil ?? "")).toBeGreaterThan(Date.now());
    const reset = (await (await session.json(`/api/cards/${cardId}/actions`, "POST", { action: "reset" })).json()) as CardInfoBody;
    expect(reset).toMatchObject({ state: "new", reps: 0, buriedUntil: null, suspended: false });
    expect(reset.history).toHaveLength(1);
  });
});
