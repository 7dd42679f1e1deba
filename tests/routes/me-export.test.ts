import { describe, expect, it } from "vitest";
import { signedInAs } from "./helpers/accounts";
import { HttpSession } from "./helpers/http-session";

/** GET /api/me/export (issue 12, "Account self-service"): everything I own, and nothing of anyone else. */
interface AccountExport {
  format: string;
  account: Record<string, unknown>;
  settings: { desiredRetention: number } | null;
  decks: { id: string; title: string; sourceText: string; cards: { key: string; front: string; tags: unknown }[] }[];
  cardStates: { cardId: string; reps: number; cardKey: string }[];
  reviews: { clientId: string; rating: number; stateAfter: unknown }[];
  scenarioAttempts: { clientId: string; scenarioId: string; result: unknown }[];
}

const card = (id: string, front: string) => ({ id, kind: "basic", front, back: `${front} answer`, topic: [], tags: ["mine"], noteId: "", source: { file: "notes.md", line: 1 } });

/** A learner with a deck, a review and a scenario attempt, all marked with `marker`. */
async function busyLearner(marker: string) {
  const { session, email } = await signedInAs("learner");
  const notes = `# ${marker}\n\nQ: ${marker} question?\nA: ${marker} answer\n`;
  const created = await session.json("/api/decks", "POST", { title: `Deck ${marker}`, sourceText: notes, cards: [card(`${marker}-1`, `${marker} question?`)] });
  expect(created.status).toBe(201);
  const { deck } = (await created.json()) as { deck: { id: string } };
  const queue = (await (await session.request("/api/study")).json()) as { next: { card: { id: string } } | null };
  const cardId = queue.next?.card.id ?? "";
  const reviewId = `${marker}-review-${crypto.randomUUID()}`;
  expect((await session.json("/api/reviews", "POST", { clientId: reviewId, cardId, rating: 3 })).status).toBe(201);
  const attemptId = `${marker}-attempt-${crypto.randomUUID()}`;
  const attempt = await session.json("/api/scenarios/expose-web/attempts", "POST", { clientId: attemptId, files: [{ file: "answer.yaml", text: "kind: Nothing\n" }], hintsUsed: 0 });
  expect(attempt.status).toBeLessThan(300);
  const me = (await (await session.request("/api/me")).json()) as { user: { id: string } };
  return { session, email, userId: me.user.id, deckId: deck.id, cardId, reviewId, attemptId, marker };
}

describe("GET /api/me/export", () => {
  it("answers 401 without a session", async () => {
    expect((await new HttpSession().request("/api/me/export")).status).toBe(401);
  });

  it("downloads the account, settings, own decks with Markdown, card states, reviews and attempts", async () => {
    const mine = await busyLearner(`alpha${Date.now()}`);
    const response = await mine.session.request("/api/me/export");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="kubedeck-export-\d{4}-\d\d-\d\d\.json"$/);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const text = await response.text();
    const data = JSON.parse(text) as AccountExport;
    expect(data.format).toBe("kubedeck-account-export/1");
    expect(data.account).toMatchObject({ id: mine.userId, email: mine.email, role: "learner" });
    expect(Object.keys(data.account)).not.toContain("passwordHash");
    expect(text).not.toMatch(/passwordHash|\$2[aby]\$/);
    expect(data.settings?.desiredRetention).toBeGreaterThan(0);
    expect(data.decks).toEqual([expect.objectContaining({ id: mine.deckId, title: `Deck ${mine.marker}`, sourceText: expect.stringContaining(`Q: ${mine.marker} question?`) })]);
    expect(data.decks[0]?.cards).toEqual([expect.objectContaining({ key: `${mine.marker}-1`, front: `${mine.marker} question?`, tags: ["mine"] })]);
    expect(data.cardStates).toContainEqual(expect.objectContaining({ cardId: mine.cardId, reps: 1 }));
    // The failed scenario attempt is also recorded as an "Again" review of the scenario's card.
    expect(data.reviews).toContainEqual(expect.objectContaining({ clientId: mine.reviewId, rating: 3, stateAfter: expect.any(Object) }));
    expect(data.scenarioAttempts).toEqual([expect.objectContaining({ clientId: mine.attemptId, scenarioId: "expose-web", result: expect.any(Object) })]);
  });

  it("never contains another learner's account, decks, reviews or attempts", async () => {
    const mine = await busyLearner(`bravo${Date.now()}`);
    const theirs = await busyLearner(`charlie${Date.now()}`);
    const text = await (await mine.session.request("/api/me/export")).text();
    for (const secret of [theirs.userId, theirs.email, theirs.deckId, theirs.reviewId, theirs.attemptId, theirs.marker]) expect(text).not.toContain(secret);
    const their = await (await theirs.session.request("/api/me/export")).text();
    expect(their).toContain(theirs.marker);
    expect(their).not.toContain(mine.marker);
  });
});
