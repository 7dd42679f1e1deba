import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { searchCards } from "@/lib/server/cards/search-cards";
import { cardSearchSchema } from "@/lib/validations/card-browser";
import { migratedDatabase } from "./migrated-database";

const env = migratedDatabase("search-cards");
const previousUrl = process.env.DATABASE_URL;
const now = new Date("2026-12-07T10:00:00.000Z");
let userId = "";
let otherId = "";
const ids: Record<string, string> = {};

async function card(deckId: string, key: string, front: string, back: string, extra: { topic?: string[]; tags?: string[]; kind?: string } = {}) {
  const row = await env.db.card.create({ data: { deckId, key, front, back, kind: extra.kind ?? "basic", topic: JSON.stringify(extra.topic ?? []), tags: JSON.stringify(extra.tags ?? []) } });
  ids[key] = row.id;
  return row.id;
}

beforeAll(async () => {
  process.env.DATABASE_URL = env.url;
  userId = (await env.db.user.create({ data: { email: "me@example.com", name: "Me" } })).id;
  otherId = (await env.db.user.create({ data: { email: "other@example.com", name: "Other" } })).id;
  const shared = await env.db.deck.create({ data: { slug: "shared", title: "Shared", origin: "builtin", visibility: "public" } });
  const mine = await env.db.deck.create({ data: { slug: "mine", title: "Mine", origin: "authored", ownerId: userId } });
  const theirs = await env.db.deck.create({ data: { slug: "theirs", title: "Theirs", origin: "authored", ownerId: otherId } });
  await card(shared.id, "pod", "Pod", "smallest unit", { topic: ["Workloads"], tags: ["core"] });
  await card(shared.id, "svc", "Service", "stable 100% address", { topic: ["Networking"] });
  await card(mine.id, "hpa", "HPA", "scales pods", { kind: "qa" });
  await card(mine.id, "pdb", "PDB", "limits disruption");
  await card(theirs.id, "secret", "Secret pod", "hidden");
  await card(mine.id, "quote", "Quoted", "a topic with quotes", { topic: ['Say "hi" to pods'], tags: ["core-extra"] });
  await env.db.deckRevision.create({ data: { deckId: mine.id, number: 3, markdown: "", keyPrefix: "mine" } });
  await env.db.cardUserTag.create({ data: { userId, cardId: ids.pdb ?? "", tag: "exam" } });
  await env.db.cardUserTag.create({ data: { userId: otherId, cardId: ids.hpa ?? "", tag: "exam" } });
  const state = (cardId: string, data: Record<string, unknown>) => env.db.cardState.create({ data: { userId, cardId, due: now, ...data } });
  await state(ids.pod ?? "", { state: "review", due: new Date("2026-12-09T08:00:00Z"), lapses: 3, difficulty: 7 });
  await state(ids.svc ?? "", { state: "relearning", suspended: true, leech: true, lapses: 9, difficulty: 2, due: new Date("2026-12-20T08:00:00Z") });
  await state(ids.hpa ?? "", { state: "learning", buriedUntil: new Date("2026-12-08T04:00:00Z"), difficulty: 5, due: new Date("2026-12-07T11:00:00Z") });
});

afterAll(async () => {
  process.env.DATABASE_URL = previousUrl;
  await env.dispose();
});

function fronts(query: Record<string, string>): string[] {
  return searchCards(userId, cardSearchSchema.parse(query), now).cards.map((card) => card.front);
}

describe("searchCards", () => {
  it("finds every card the user can study and none of another user's private deck", () => {
    const result = searchCards(userId, cardSearchSchema.parse({ sort: "added" }), now);
    expect(result.total).toBe(5);
    expect(result.cards.map((card) => card.front)).toEqual(["Pod", "Service", "HPA", "PDB", "Quoted"]);
    expect(fronts({ q: "pod" })).toEqual(["HPA", "Pod"]); // by due: HPA today, Pod in two days
  });

  it("finds the cards of a deck shared with a class the user is in, and of a private deck assigned to it, and loses them on leaving", async () => {
    const teacher = (await env.db.user.create({ data: { email: "teacher@example.com", name: "Teacher", role: "instructor" } })).id;
    const sharedDeck = await env.db.deck.create({ data: { slug: "class-only", title: "Class only", origin: "authored", ownerId: teacher, visibility: "classes" } });
    const assignedDeck = await env.db.deck.create({ data: { slug: "assigned", title: "Assigned", origin: "authored", ownerId: teacher } });
    await card(sharedDeck.id, "ing", "Ingress class-only", "routes HTTP");
    await card(assignedDeck.id, "np", "NetworkPolicy class-only", "filters traffic");
    const made = await env.db.class.create({ data: { name: "C", joinCode: "SHAREDCC", ownerId: teacher, members: { create: [{ userId }] } } });
    await env.db.deckClassShare.create({ data: { deckId: sharedDeck.id, classId: made.id } });
    await env.db.assignment.create({ data: { classId: made.id, deckId: assignedDeck.id } });
    expect(fronts({ q: "class-only" }).sort()).toEqual(["Ingress class-only", "NetworkPolicy class-only"]);
    expect(searchCards(otherId, cardSearchSchema.parse({ q: "class-only" }), now).total).toBe(0);
    await env.db.classMember.deleteMany({ where: { classId: made.id, userId } });
    expect(fronts({ q: "class-only" })).toEqual([]);
    await env.db.class.delete({ where: { id: made.id } });
  });

  it.each([
    [{ q: "100%" }, ["Service"]],
    [{ state: "new" }, ["PDB", "Quoted"]],
    [{ state: "review" }, ["Pod"]],
    [{ state: "suspended" }, ["Service"]],
    [{ state: "leech" }, ["Service"]],
    [{ state: "buried" }, ["HPA"]],
    [{ kind: "qa" }, ["HPA"]],
    [{ tag: "core" }, ["Pod"]],
    [{ tag: "cor" }, []],
    [{ tag: "exam" }, ["PDB"]],
    [{ topic: '"hi"' }, ["Quoted"]],
    [{ topic: "SAY" }, ["Quoted"]],
    [{ topic: "network" }, ["Service"]],
    [{ dueFrom: "2026-12-08", dueTo: "2026-12-09" }, ["Pod"]],
    [{ minLapses: "4" }, ["Service"]],
    [{ sort: "lapses", order: "desc", state: "" }, ["Service", "Pod", "HPA", "PDB", "Quoted"]],
    [{ sort: "difficulty", order: "desc" }, ["Pod", "HPA", "Service", "PDB", "Quoted"]],
  ])("filters and sorts by %o", (query, expected) => {
    expect(fronts(query as Record<string, string>)).toEqual(expected);
  });

  it("reports the learner's flags on each row", () => {
    const [service] = searchCards(userId, cardSearchSchema.parse({ q: "Service" }), now).cards;
    expect(service).toMatchObject({ state: "relearning", suspended: true, leech: true, buried: false, lapses: 9, deckTitle: "Shared", ownedDeck: false, deckRevision: null, userTags: [] });
  });

  it("gives the learner's own tags and the current revision of decks they own", () => {
    const [pdb] = searchCards(userId, cardSearchSchema.parse({ q: "PDB" }), now).cards;
    expect(pdb).toMatchObject({ ownedDeck: true, deckRevision: 3, userTags: ["exam"] });
    const [hpa] = searchCards(userId, cardSearchSchema.parse({ q: "HPA" }), now).cards;
    expect(hpa?.userTags).toEqual([]);
  });
});
