import { describe, expect, it } from "vitest";
import { signedInAs } from "./helpers/accounts";
import { HttpSession } from "./helpers/http-session";

interface PreviewBody {
  cards: { id: string; kind: string; front: string; back: string; source: { line: number } }[];
  message: string | null;
  error?: string;
}

const NOTES = `# My notes

- **Pod** - smallest deployable unit, one or more containers
- **Service** - stable IP and DNS name in front of pods
- **Deployment** - 

Q: What does etcd store?
A: The cluster's state, as key-value pairs.
`;

describe("GET /api/decks", () => {
  it("answers 401 without a session", async () => {
    expect((await new HttpSession().request("/api/decks")).status).toBe(401);
  });

  it("lists the built-in curriculum with card counts by kind", async () => {
    const { session } = await signedInAs("learner");
    const response = await session.request("/api/decks");
    expect(response.status).toBe(200);
    const { decks } = (await response.json()) as { decks: { origin: string; total: number; counts: Record<string, number> }[] };
    const builtIn = decks.filter((deck) => deck.origin === "builtin");
    expect(builtIn.length).toBeGreaterThanOrEqual(6);
    expect(builtIn.reduce((sum, deck) => sum + deck.total, 0)).toBeGreaterThanOrEqual(150);
    expect(builtIn.every((deck) => deck.total === Object.values(deck.counts).reduce((a, b) => a + b, 0))).toBe(true);
  });
});

describe("POST /api/notes/preview", () => {
  it("answers 401 without a session", async () => {
    expect((await new HttpSession().json("/api/notes/preview", "POST", { text: NOTES })).status).toBe(401);
  });

  it("finds the cards with their source lines and skips the empty definition", async () => {
    const { session } = await signedInAs("learner");
    const response = await session.json("/api/notes/preview", "POST", { text: NOTES, fileName: "mine.md" });
    expect(response.status).toBe(200);
    const body = (await response.json()) as PreviewBody;
    const fronts = body.cards.map((card) => card.front);
    expect(fronts).toEqual(expect.arrayContaining(["Pod", "Service", "What does etcd store?"]));
    expect(fronts).not.toContain("Deployment");
    expect(body.cards.find((card) => card.front === "Pod")?.source.line).toBe(3);
  });

  it.each([
    ["empty notes", "   ", /empty/],
    ["a binary file", "PK\u0003\u0004\u0000\u0000binary", /binary file/],
    ["notes over the size limit", "x".repeat(100_001), /too large: 100 KB at most/],
    ["notes past the reading-cost limit", `# Pods\n\n${"- a\n".repeat(1_600)}`, /^text: too complex: by line 1,50\d .* Split the notes/],
  ])("answers 422 for %s", async (_name, text, message) => {
    const { session } = await signedInAs("learner");
    const response = await session.json("/api/notes/preview", "POST", { text });
    expect(response.status).toBe(422);
    expect(((await response.json()) as PreviewBody).error).toMatch(message);
  });

  it("says clearly when no card is found", async () => {
    const { session } = await signedInAs("learner");
    const body = (await (await session.json("/api/notes/preview", "POST", { text: "just some words without structure" })).json()) as PreviewBody;
    expect(body.cards).toHaveLength(0);
    expect(body.message).toMatch(/No cards found/);
  });
});

describe("POST /api/decks (save imported notes)", () => {
  async function preview(session: HttpSession): Promise<PreviewBody["cards"]> {
    return ((await (await session.json("/api/notes/preview", "POST", { text: NOTES })).json()) as PreviewBody).cards;
  }

  it("saves the kept cards as a private deck that only its owner sees", async () => {
    const owner = await signedInAs("learner");
    const cards = (await preview(owner.session)).filter((card) => card.front !== "Service");
    const created = await owner.session.json("/api/decks", "POST", { title: "My notes", sourceText: NOTES, cards });
    expect(created.status).toBe(201);
    const { deck } = (await created.json()) as { deck: { id: string; cards: number } };
    expect(deck.cards).toBe(cards.length);

    const page = await owner.session.request(`/decks/${deck.id}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Pod");
    expect(html).not.toContain("stable IP and DNS name in front of pods");

    const stranger = await signedInAs("learner");
    expect((await stranger.session.request(`/decks/${deck.id}`)).status).toBe(404);
    const list = (await (await stranger.session.request("/api/decks")).json()) as { decks: { id: string }[] };
    expect(list.decks.map((d) => d.id)).not.toContain(deck.id);
  });

  it("answers 422 naming the field when every card is unchecked or a front is empty", async () => {
    const { session } = await signedInAs("learner");
    const none = await session.json("/api/decks", "POST", { title: "Empty", sourceText: NOTES, cards: [] });
    expect(none.status).toBe(422);
    expect(((await none.json()) as { error: string }).error).toMatch(/cards: Keep at least one card/);
    const [first] = await preview(session);
    const blank = await session.json("/api/decks", "POST", { title: "Blank", sourceText: NOTES, cards: [{ ...first, front: " " }] });
    expect(blank.status).toBe(422);
    expect(((await blank.json()) as { issues: { path: string }[] }).issues[0]?.path).toBe("cards[0].front");
  });
});

describe("POST /api/decks refuses bad data with the field (issue 12, item 9)", () => {
  const card = (id: string, front = "What is a Pod?") => ({ id, kind: "basic", front, back: "The smallest deployable unit.", topic: [], tags: [], noteId: "", source: { file: "notes.md", line: 1 } });

  it.each([
    ["a duplicate card id", { title: "Dup", cards: [card("a"), card("a", "Another")] }, "cards[1].id", /Card id "a" is also the id of cards\[0\]/],
    ["a NUL byte in the title", { title: "My\u0000notes", cards: [card("a")] }, "title", /control character \(U\+0000/],
    ["a NUL byte in a card", { title: "Nul", cards: [card("a", "What\u0000is a Pod?")] }, "cards[0].front", /control character \(U\+0000/],
    ["more than 500 KB of cards", { title: "Big", cards: Array.from({ length: 60 }, (_, index) => ({ ...card(`c${index}`), back: "x".repeat(9_000) })) }, "cards", /one import takes at most 500 KB/],
  ])("answers 422 for %s", async (_name, body, path, message) => {
    const { session } = await signedInAs("learner");
    const response = await session.json("/api/decks", "POST", { sourceText: NOTES, ...body });
    expect(response.status).toBe(422);
    const reply = (await response.json()) as { error: string; issues: { path: string; message: string }[] };
    expect(reply.issues).toContainEqual({ path, message: expect.stringMatching(message) });
    expect(reply.error).toMatch(message);
  });
});
