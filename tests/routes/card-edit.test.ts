/**
 * PATCH /api/cards/{cardId}: the card's front and back written back into its deck's Markdown as the
 * deck's next revision (decks the user owns), progress kept, a stale page refused with a 409.
 */
import { describe, expect, it } from "vitest";
import { signedInAs } from "./helpers/accounts";
import { HttpSession } from "./helpers/http-session";

const MARKDOWN = (slug: string) => `---
id: ${slug}
title: Edit ${slug}
---
# Pods

- **Pod** — the smallest deployable unit
- **Node** — a machine that runs pods

Q: What restarts a failed container?
A: The kubelet.
`;

interface DeckBody {
  revision: number;
  markdown: string;
  cards: { id: string; front: string; back: string }[];
}

async function ownDeck(session: HttpSession): Promise<{ deckId: string; deck: DeckBody }> {
  const created = await session.json("/api/v1/decks", "POST", { markdown: MARKDOWN(`edit-${Date.now()}-${Math.floor(Math.random() * 1e6)}`) });
  expect(created.status).toBe(201);
  const { id } = (await created.json()) as { id: string };
  return { deckId: id, deck: (await (await session.request(`/api/v1/decks/${id}`)).json()) as DeckBody };
}

function cardOf(deck: DeckBody, front: string): { id: string; front: string; back: string } {
  const card = deck.cards.find((item) => item.front === front);
  if (!card) throw new Error(`no card "${front}"`);
  return card;
}

describe("PATCH /api/cards/{cardId}", () => {
  it("writes the new text into the deck's Markdown as the next revision and keeps the card's progress", async () => {
    const { session } = await signedInAs("learner");
    const { deckId, deck } = await ownDeck(session);
    const node = cardOf(deck, "Node");
    await session.json(`/api/cards/${node.id}/actions`, "POST", { action: "suspend" });

    const response = await session.json(`/api/cards/${node.id}`, "PATCH", { front: "Node", back: "a worker machine of the cluster", baseRevision: deck.revision });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id: deckId, revision: deck.revision + 1, added: 0, changed: 1, retired: 0, kept: 2 });

    const after = (await (await session.request(`/api/v1/decks/${deckId}`)).json()) as DeckBody;
    expect(after.markdown).toBe(deck.markdown.replace("a machine that runs pods", "a worker machine of the cluster"));
    expect(cardOf(after, "Node")).toEqual({ ...node, back: "a worker machine of the cluster", kind: "basic", sourceLine: 8 });
    const suspended = (await (await session.request(`/api/cards?state=suspended&deck=${deckId}`)).json()) as { cards: { id: string }[] };
    expect(suspended.cards.map((card) => card.id)).toEqual([node.id]);
  });

  it("keeps the card when its front changes (its id is pinned in the Markdown)", async () => {
    const { session } = await signedInAs("learner");
    const { deckId, deck } = await ownDeck(session);
    const question = cardOf(deck, "What restarts a failed container?");
    const response = await session.json(`/api/cards/${question.id}`, "PATCH", { front: "Which agent restarts a failed container?", back: "The kubelet.", baseRevision: deck.revision });
    expect(await response.json()).toMatchObject({ added: 0, changed: 1, retired: 0, kept: 2 });
    const after = (await (await session.request(`/api/v1/decks/${deckId}`)).json()) as DeckBody;
    expect(cardOf(after, "Which agent restarts a failed container?").id).toBe(question.id);
    expect(after.markdown).toContain("<!-- id: ");
  });

  it("answers 409 naming the current revision when the deck changed since the page loaded", async () => {
    const { session } = await signedInAs("learner");
    const { deckId, deck } = await ownDeck(session);
    const pod = cardOf(deck, "Pod");
    await session.json(`/api/v1/decks/${deckId}`, "PUT", { markdown: `${deck.markdown}\n- **Service** — a stable address\n` });
    const stale = await session.json(`/api/cards/${pod.id}`, "PATCH", { front: "Pod", back: "one or more containers", baseRevision: deck.revision });
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as { error: string }).error).toContain(`changed since this page loaded: revision ${deck.revision + 1} is current`);
    const unchanged = (await (await session.request(`/api/v1/decks/${deckId}`)).json()) as DeckBody;
    expect(cardOf(unchanged, "Pod").back).toBe("the smallest deployable unit");
  });

  it("answers 401, 404 for another learner's private card, 403 for a built-in card and 422 naming the field", async () => {
    const body = { front: "Pod", back: "x", baseRevision: 1 };
    expect((await new HttpSession().json("/api/cards/anything", "PATCH", body)).status).toBe(401);
    const { session: owner } = await signedInAs("learner");
    const { session: stranger } = await signedInAs("learner");
    const { deck } = await ownDeck(owner);
    const pod = cardOf(deck, "Pod");
    expect((await stranger.json(`/api/cards/${pod.id}`, "PATCH", body)).status).toBe(404);

    const builtIn = (await (await stranger.request("/api/cards?q=pod&limit=1")).json()) as { cards: { id: string; front: string; ownedDeck: boolean }[] };
    const card = builtIn.cards[0];
    expect(card?.ownedDeck).toBe(false);
    const forbidden = await stranger.json(`/api/cards/${card?.id ?? ""}`, "PATCH", { ...body, front: card?.front ?? "" });
    expect(forbidden.status).toBe(403);
    expect(((await forbidden.json()) as { error: string }).error).toContain("Make an editable copy");

    const invalid = await owner.json(`/api/cards/${pod.id}`, "PATCH", { front: "two\nlines", back: "", baseRevision: -1 });
    expect(invalid.status).toBe(422);
    expect(((await invalid.json()) as { issues: { path: string }[] }).issues.map((issue) => issue.path).sort()).toEqual(["back", "baseRevision", "front"]);
  });
});
