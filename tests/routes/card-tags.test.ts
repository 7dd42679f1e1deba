/**
 * POST /api/cards/bulk add-tag / remove-tag: a learner's own tags on cards they can see, found by
 * the browser's tag filter, invisible to everyone else; a card they cannot see is a 404 and nothing
 * of the selection is tagged.
 */
import { describe, expect, it } from "vitest";
import { signedInAs } from "./helpers/accounts";
import { HttpSession } from "./helpers/http-session";

interface SearchBody {
  total: number;
  cards: { id: string; userTags: string[] }[];
}

const privateDeck = (slug: string) => `---
id: ${slug}
title: Private ${slug}
---
# Secrets

- **Secret** — holds a password for pods
`;

async function search(session: HttpSession, query: string): Promise<SearchBody> {
  const response = await session.request(`/api/cards?${query}`);
  expect(response.status).toBe(200);
  return (await response.json()) as SearchBody;
}

async function builtInCardIds(session: HttpSession, count: number): Promise<string[]> {
  const found = await search(session, `q=pod&limit=${count}`);
  expect(found.cards.length).toBe(count);
  return found.cards.map((card) => card.id);
}

async function privateCardOf(owner: HttpSession): Promise<string> {
  const created = await owner.json("/api/v1/decks", "POST", { markdown: privateDeck(`tags-${Date.now()}-${Math.floor(Math.random() * 1e6)}`) });
  expect(created.status).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const deck = (await (await owner.request(`/api/v1/decks/${id}`)).json()) as { cards: { id: string }[] };
  const card = deck.cards[0];
  if (!card) throw new Error("the private deck has no card");
  return card.id;
}

describe("POST /api/cards/bulk add-tag and remove-tag", () => {
  it("answers 401 without a session", async () => {
    expect((await new HttpSession().json("/api/cards/bulk", "POST", { cardIds: ["x"], action: "add-tag", tag: "exam" })).status).toBe(401);
  });

  it.each([
    ["no tag", { action: "add-tag" }],
    ["an empty tag", { action: "remove-tag", tag: "  " }],
    ["a tag with a space", { action: "add-tag", tag: "two words" }],
    ["a tag over 50 characters", { action: "add-tag", tag: "x".repeat(51) }],
  ])("answers 422 at the field tag for %s", async (_name, body) => {
    const { session } = await signedInAs("learner");
    const response = await session.json("/api/cards/bulk", "POST", { cardIds: ["x"], ...body });
    expect(response.status).toBe(422);
    expect(new Set(((await response.json()) as { issues: { path: string }[] }).issues.map((issue) => issue.path))).toEqual(new Set(["tag"]));
  });

  it("tags cards for their owner only, finds them by the tag filter and removes the tag", async () => {
    const { session } = await signedInAs("learner");
    const { session: other } = await signedInAs("learner");
    const tag = `exam-${Date.now()}`;
    const ids = await builtInCardIds(session, 3);
    const [first, second] = ids;

    const added = await session.json("/api/cards/bulk", "POST", { cardIds: [first, second], action: "add-tag", tag });
    expect(added.status).toBe(200);
    expect(await added.json()).toEqual({ done: 2, skipped: 0, notFound: 0 });
    const again = await session.json("/api/cards/bulk", "POST", { cardIds: [first, second], action: "add-tag", tag });
    expect(await again.json()).toEqual({ done: 0, skipped: 2, notFound: 0 });

    const tagged = await search(session, `tag=${tag}`);
    expect(tagged.cards.map((card) => card.id).sort()).toEqual([first, second].sort());
    expect(tagged.cards.every((card) => card.userTags.includes(tag))).toBe(true);
    expect((await search(other, `tag=${tag}`)).total).toBe(0);

    const removed = await session.json("/api/cards/bulk", "POST", { cardIds: ids, action: "remove-tag", tag });
    expect(await removed.json()).toEqual({ done: 2, skipped: 1, notFound: 0 });
    expect((await search(session, `tag=${tag}`)).total).toBe(0);
  });

  it("answers 404 for a card in another learner's private deck and tags none of the selection", async () => {
    const { session: owner } = await signedInAs("learner");
    const { session: stranger } = await signedInAs("learner");
    const secret = await privateCardOf(owner);
    const [visible] = await builtInCardIds(stranger, 1);
    const tag = `peek-${Date.now()}`;

    for (const action of ["add-tag", "remove-tag"]) {
      const response = await stranger.json("/api/cards/bulk", "POST", { cardIds: [visible, secret], action, tag });
      expect(response.status).toBe(404);
      expect(((await response.json()) as { error: string }).error).toContain(`No card with id "${secret}"`);
    }
    expect((await search(stranger, `tag=${tag}`)).total).toBe(0);

    const own = await owner.json("/api/cards/bulk", "POST", { cardIds: [secret], action: "add-tag", tag });
    expect(await own.json()).toEqual({ done: 1, skipped: 0, notFound: 0 });
    expect((await search(owner, `tag=${tag}`)).cards.map((card) => card.id)).toEqual([secret]);
  });
});
