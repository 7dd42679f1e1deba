import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiError } from "@/lib/server/api-error";
import { copyDeck } from "@/lib/server/decks/copy-deck";
import { countDeckImpact } from "@/lib/server/decks/count-deck-impact";
import { createAuthoredDeck } from "@/lib/server/decks/create-authored-deck";
import { deleteDeck } from "@/lib/server/decks/delete-deck";
import { diffDeckRevisions } from "@/lib/server/decks/diff-deck-revisions";
import { listDeckRevisions } from "@/lib/server/decks/list-deck-revisions";
import { restoreDeckRevision } from "@/lib/server/decks/restore-deck-revision";
import { saveDeckMarkdown } from "@/lib/server/decks/save-deck-markdown";
import { updateDeckDetails } from "@/lib/server/decks/update-deck-details";
import { migratedDatabase } from "./migrated-database";
import { PODS_DECK } from "../fixtures/pods-deck";

const V1 = PODS_DECK;

let env: ReturnType<typeof migratedDatabase>;
let ownerId: string;
let learnerId: string;
const now = (minute: number) => new Date(Date.UTC(2026, 11, 7, 8, minute));

beforeAll(async () => {
  env = migratedDatabase("deck-authoring");
  ownerId = (await env.db.user.create({ data: { email: "author@example.com", name: "Author", role: "instructor" } })).id;
  learnerId = (await env.db.user.create({ data: { email: "learner@example.com", name: "Learner" } })).id;
});

afterAll(async () => env.dispose());

async function deckRow(id: string) {
  return env.db.deck.findUniqueOrThrow({ where: { id } });
}

async function cardsOf(deckId: string) {
  return env.db.card.findMany({ where: { deckId }, orderBy: { position: "asc" } });
}

async function expectApiError(promise: Promise<unknown>, status: number, message: RegExp) {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(ApiError);
  expect((error as ApiError).status).toBe(status);
  expect((error as ApiError).message).toMatch(message);
}

describe("deck authoring services", () => {
  let deckId = "";

  it("creates a deck from Markdown as revision 1 with its slug from the front matter", async () => {
    const created = await env.db.$transaction((tx) => createAuthoredDeck(tx, ownerId, { markdown: V1, visibility: "private" }, now(0)));
    deckId = created.id;
    expect(created).toMatchObject({ slug: "pods", title: "Pods", revision: 1, added: 3, changed: 0, retired: 0, kept: 0 });
    expect((await cardsOf(deckId)).map((card) => card.key)).toEqual(expect.arrayContaining([expect.stringMatching(/^pods:pod-/)]));
    await expectApiError(env.db.$transaction((tx) => createAuthoredDeck(tx, ownerId, { markdown: V1, visibility: "private" }, now(0))), 409, /already have a deck "Pods" with the id "pods"/);
  });

  it("keeps card ids and a learner's progress through an edited back, a moved card and a reorder", async () => {
    const before = await cardsOf(deckId);
    const node = before.find((card) => card.front === "Node");
    await env.db.cardState.create({ data: { userId: learnerId, cardId: node?.id ?? "", state: "review", due: now(60), reps: 4, stability: 9 } });
    await env.db.reviewLog.create({ data: { clientId: "r-1", userId: learnerId, cardId: node?.id ?? "", rating: 3, reviewedAt: now(1), stateBefore: "{}", stateAfter: "{}" } });
    const edited = V1.replace("- **Pod** — the smallest deployable unit\n- **Node** — a machine that runs pods", "- **Node** — a worker machine")
      .concat("\n- **Pod** — the smallest deployable unit\n");
    const deck = await deckRow(deckId);
    const saved = await env.db.$transaction((tx) => saveDeckMarkdown(tx, deck, ownerId, { markdown: edited, baseRevision: 1 }, now(2)));
    expect(saved).toMatchObject({ revision: 2, added: 0, changed: 2, retired: 0, kept: 1 });
    const after = await cardsOf(deckId);
    expect(after.map((card) => card.id).sort()).toEqual(before.map((card) => card.id).sort());
    expect(after.find((card) => card.id === node?.id)?.back).toBe("a worker machine");
    expect(await env.db.cardState.findFirstOrThrow({ where: { userId: learnerId } })).toMatchObject({ cardId: node?.id, reps: 4, stability: 9 });
  });

  it("answers an unchanged save without a new revision, and a stale baseRevision with a 409 naming the current one", async () => {
    const deck = await deckRow(deckId);
    const same = await env.db.$transaction((tx) => saveDeckMarkdown(tx, deck, ownerId, { markdown: deck.sourceText }, now(3)));
    expect(same).toMatchObject({ unchanged: true, revision: 2, added: 0, changed: 0, retired: 0, kept: 3 });
    await expectApiError(env.db.$transaction((tx) => saveDeckMarkdown(tx, deck, ownerId, { markdown: V1, baseRevision: 1 }, now(3))), 409, /Revision 2 of "Pods" is current/);
    await expectApiError(env.db.$transaction((tx) => saveDeckMarkdown(tx, deck, ownerId, { markdown: "---\ntitle: x\n---\nno cards here" }, now(3))), 422, /line 1: this Markdown makes no cards/);
  });

  it("retires a removed card with its history and brings it back when an old revision is restored", async () => {
    const deck = await deckRow(deckId);
    const without = deck.sourceText.replace("- **Node** — a worker machine\n", "");
    const saved = await env.db.$transaction((tx) => saveDeckMarkdown(tx, deck, ownerId, { markdown: without }, now(4)));
    expect(saved).toMatchObject({ revision: 3, retired: 1, kept: 2 });
    const node = (await cardsOf(deckId)).find((card) => card.front === "Node");
    expect(node?.retiredAt).not.toBeNull();
    expect(await env.db.reviewLog.count({ where: { cardId: node?.id } })).toBe(1);

    const restored = await env.db.$transaction(async (tx) => restoreDeckRevision(tx, await deckRow(deckId), ownerId, 2, now(5)));
    expect(restored).toMatchObject({ revision: 4, added: 1, restored: 1, retired: 0, kept: 2 });
    expect((await cardsOf(deckId)).find((card) => card.id === node?.id)?.retiredAt).toBeNull();
    const revisions = await listDeckRevisions(env.db, deckId);
    expect(revisions.map((row) => [row.number, row.message])).toEqual([[4, "restored revision 2"], [3, ""], [2, ""], [1, ""]]);
    const diff = await diffDeckRevisions(env.db, deckId, 2, 3);
    expect(diff.lines.filter((line) => line.kind !== "same")).toEqual([{ kind: "removed", text: "- **Node** — a worker machine" }]);
  });

  it("renames and tags through the front matter; only instructors make a deck public", async () => {
    const deck = await deckRow(deckId);
    const result = await env.db.$transaction((tx) => updateDeckDetails(tx, deck, { id: ownerId, role: "instructor" }, { title: "Pods and nodes", tags: ["core"], visibility: "public" }, now(6)));
    expect(result.visibility).toBe("public");
    // The deck's tags are every card's tags, so each card changed (and kept its id).
    expect(result.save).toMatchObject({ revision: 5, title: "Pods and nodes", changed: 3, kept: 0 });
    const renamed = await deckRow(deckId);
    expect(renamed).toMatchObject({ title: "Pods and nodes", tags: '["core"]' });
    expect(renamed.sourceText).toMatch(/^---\nid: pods\ntitle: Pods and nodes\ntags: \[ core \]\n---\n/);
    await expectApiError(env.db.$transaction((tx) => updateDeckDetails(tx, renamed, { id: ownerId, role: "learner" }, { visibility: "public" }, now(6))), 403, /Only instructors and admins/);
  });

  it("makes an editable copy with new card ids and a free slug", async () => {
    const source = await deckRow(deckId);
    const copy = await env.db.$transaction((tx) => copyDeck(tx, source, learnerId, now(7)));
    expect(copy).toMatchObject({ slug: "pods-copy", title: "Pods and nodes (copy)", revision: 1, added: 3 });
    const copied = await cardsOf(copy.id);
    const originalIds = new Set((await cardsOf(deckId)).map((card) => card.id));
    expect(copied.every((card) => !originalIds.has(card.id) && card.key.startsWith("pods-copy:"))).toBe(true);
    expect(await deckRow(copy.id)).toMatchObject({ ownerId: learnerId, visibility: "private", origin: "authored" });
    const again = await env.db.$transaction((tx) => copyDeck(tx, source, learnerId, now(8)));
    expect(again.slug).toBe("pods-copy-2");
  });

  it("deletes a deck for everyone but keeps the reviews; the confirmation counts learners and reviews", async () => {
    expect(await countDeckImpact(env.db, deckId, ownerId)).toEqual({ cards: 3, learners: 1, reviews: 1 });
    await env.db.$transaction((tx) => deleteDeck(tx, deckId, now(9)));
    expect(await deckRow(deckId)).toMatchObject({ retiredAt: now(9), authorSlug: null });
    expect(await env.db.card.count({ where: { deckId, retiredAt: null } })).toBe(0);
    expect(await env.db.reviewLog.count({ where: { userId: learnerId } })).toBe(1);
    const recreated = await env.db.$transaction((tx) => createAuthoredDeck(tx, ownerId, { markdown: V1, visibility: "private" }, now(10)));
    expect(recreated.slug).toBe("pods");
  });
});
