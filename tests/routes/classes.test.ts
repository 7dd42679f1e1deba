/** What the class routes do: create, join, assign, progress JSON and CSV, my assignments, leaving, privacy. */
import { describe, expect, it } from "vitest";
import { exposeWebAnswer } from "../fixtures/expose-web-answer";
import { signedInAs } from "./helpers/accounts";
import { classWithAssignments, createClassAs, joinAs } from "./helpers/classes";
import { errorMessage } from "./helpers/error-message";
import { HttpSession } from "./helpers/http-session";

interface Progress {
  learners: { userId: string; email: string; reviews7d: number; reviews30d: number; retention30d: number | null; cardsIntroduced: number; cardsAssigned: number; dueNow: number; lastActiveAt: string | null; scenarios: { scenarioId: string; passed: boolean; attempts: number; hintsUsed: number }[] }[];
  cards: { cardId: string; front: string; reviews: number; againRate: number; lapses: number }[];
  scenarios: { scenarioId: string; learners: number; passed: number; medianAttempts: number | null; failedChecks: { check: string; count: number; example: string }[] }[];
}

async function progressOf(session: HttpSession, classId: string): Promise<Progress> {
  const response = await session.request(`/api/v1/classes/${classId}/progress`);
  expect(response.status).toBe(200);
  return (await response.json()) as Progress;
}

async function studyDeck(session: HttpSession, deckId: string, answers: number, rating: 1 | 3): Promise<void> {
  for (let i = 0; i < answers; i += 1) {
    const queue = (await (await session.request(`/api/study?deck=${deckId}`)).json()) as { next: { card: { id: string } } | null };
    if (!queue.next) return;
    const answered = await session.json("/api/reviews", "POST", { clientId: crypto.randomUUID(), cardId: queue.next.card.id, rating, decks: [deckId] });
    expect(answered.status).toBe(201);
  }
}

async function firstCardOf(session: HttpSession, deckId: string): Promise<string> {
  const queue = (await (await session.request(`/api/study?deck=${deckId}`)).json()) as { next: { card: { id: string } } | null };
  if (!queue.next) throw new Error("nothing to study");
  return queue.next.card.id;
}

async function answer(session: HttpSession, cardId: string, rating: 1 | 3): Promise<void> {
  expect((await session.json("/api/reviews", "POST", { clientId: crypto.randomUUID(), cardId, rating })).status).toBe(201);
}

const attempt = (session: HttpSession, text: string) =>
  session.json("/api/scenarios/expose-web/attempts", "POST", { clientId: crypto.randomUUID(), files: [{ file: "answer.yaml", text }], hintsUsed: 1 });

describe("creating and joining a class", () => {
  it("answers 422 naming the field for a missing name or join code, and 404 for an unknown code", async () => {
    const { session: owner } = await signedInAs("instructor");
    const noName = await owner.json("/api/v1/classes", "POST", { name: "  " });
    expect(noName.status).toBe(422);
    expect(await errorMessage(noName)).toMatch(/name: Give the class a name/);
    const { session: learner } = await signedInAs("learner");
    const noCode = await learner.json("/api/v1/classes/join", "POST", {});
    expect(noCode.status).toBe(422);
    expect(await errorMessage(noCode)).toMatch(/joinCode/);
    const unknown = await learner.json("/api/v1/classes/join", "POST", { joinCode: "zzzz-zzzz" });
    expect(unknown.status).toBe(404);
    expect(await errorMessage(unknown)).toMatch(/No class has the join code "ZZZZZZZZ"/);
  });

  it("joins by code or pasted link, once, and a rotated code stops working", async () => {
    const { session: owner } = await signedInAs("instructor");
    const { classId, joinCode } = await createClassAs(owner, "Rotations");
    const { session: learner } = await signedInAs("learner");
    const joined = await learner.json("/api/v1/classes/join", "POST", { joinCode: `https://kubedeck.example/join/${joinCode.toLowerCase()}` });
    expect(joined.status).toBe(200);
    expect(await joined.json()).toEqual({ classId, name: "Rotations" });
    await joinAs(learner, joinCode);
    expect((await progressOf(owner, classId)).learners).toHaveLength(1);

    const rotated = (await (await owner.json(`/api/v1/classes/${classId}/join-code`, "POST", {})).json()) as { joinCode: string };
    expect(rotated.joinCode).not.toBe(joinCode);
    const { session: late } = await signedInAs("learner");
    expect((await late.json("/api/v1/classes/join", "POST", { joinCode })).status).toBe(404);
    await joinAs(late, rotated.joinCode);

    const mine = (await (await learner.request("/api/v1/classes")).json()) as { member: { id: string; joinCode?: string }[] };
    expect(mine.member.map((c) => c.id)).toContain(classId);
    expect(mine.member[0]?.joinCode).toBeUndefined(); // learners never see the code
  });

  it("a typed code (any case, dashes, spaces) or a pasted link at /join opens that class's join page; signed out goes to sign-in", async () => {
    const { session: owner } = await signedInAs("instructor");
    const { joinCode } = await createClassAs(owner, "Typed code");
    const { session: learner } = await signedInAs("learner");
    const typed = `${joinCode.slice(0, 4).toLowerCase()}-${joinCode.slice(4)} `;
    for (const code of [typed, `https://kubedeck.example/join/${joinCode}`]) {
      const opened = await learner.request(`/join?code=${encodeURIComponent(code)}`);
      expect(opened.status).toBe(307);
      expect(new URL(opened.headers.get("location") ?? "", "http://app").pathname).toBe(`/join/${joinCode}`);
    }
    const form = await learner.request("/join");
    expect(form.status).toBe(200);
    expect(await form.text()).toContain("Join code or link");
    const signedOut = await new HttpSession().request(`/join?code=${joinCode}`);
    expect([302, 307]).toContain(signedOut.status);
    expect(signedOut.headers.get("location")).toMatch(/\/signin/);
  });
});

describe("assignments", () => {
  it("answers 422 for neither or both targets and a bad date, 404 for an unknown deck, 409 for a repeat", async () => {
    const { owner, classId, deckId } = await classWithAssignments();
    const path = `/api/v1/classes/${classId}/assignments`;
    const neither = await owner.json(path, "POST", {});
    expect(neither.status).toBe(422);
    expect(await errorMessage(neither)).toMatch(/deckId: Assign exactly one thing/);
    expect((await owner.json(path, "POST", { deckId, scenarioId: "expose-web" })).status).toBe(422);
    const badDate = await owner.json(path, "POST", { scenarioId: "fix-pending", dueAt: "next friday" });
    expect(badDate.status).toBe(422);
    expect(await errorMessage(badDate)).toMatch(/dueAt must be an ISO date/);
    const unknown = await owner.json(path, "POST", { deckId: "no-such-deck" });
    expect(unknown.status).toBe(404);
    expect(await errorMessage(unknown)).toMatch(/no-such-deck/);
    expect((await owner.json(path, "POST", { deckId })).status).toBe(409);
  });

  it("cannot assign another learner's private deck", async () => {
    const { session: learner } = await signedInAs("learner");
    const created = await learner.json("/api/decks", "POST", { title: "Mine", sourceText: "x", cards: [{ id: "a", kind: "basic", front: "Secret front", back: "b", source: { file: "notes.md", line: 1 } }] });
    expect(created.status).toBe(201);
    const { deck } = (await created.json()) as { deck: { id: string } };
    const { owner, classId } = await classWithAssignments();
    expect((await owner.json(`/api/v1/classes/${classId}/assignments`, "POST", { deckId: deck.id })).status).toBe(404);
  });
});

describe("class progress", () => {
  it("shows studying and failing learners, the hardest cards and the failed check with its explanation; CSV matches", async () => {
    const { owner, classId, joinCode, deckId } = await classWithAssignments();
    const studier = await signedInAs("learner");
    const struggler = await signedInAs("learner");
    await joinAs(studier.session, joinCode);
    await joinAs(struggler.session, joinCode);

    const hardCard = await firstCardOf(struggler.session, deckId);
    await answer(studier.session, hardCard, 3);
    await studyDeck(studier.session, deckId, 5, 3); // Good puts hardCard into a 10-minute step: not shown again
    for (let i = 0; i < 4; i += 1) await answer(struggler.session, hardCard, 1);
    expect((await attempt(studier.session, exposeWebAnswer())).status).toBe(201);
    expect((await attempt(struggler.session, exposeWebAnswer("shop-web"))).status).toBe(201);
    expect((await attempt(struggler.session, exposeWebAnswer("shop-web"))).status).toBe(201);

    const progress = await progressOf(owner, classId);
    const byEmail = new Map(progress.learners.map((learner) => [learner.email, learner]));
    const studied = byEmail.get(studier.email);
    const struggled = byEmail.get(struggler.email);
    expect(studied).toMatchObject({ reviews7d: 6, reviews30d: 6, retention30d: null });
    expect(struggled).toMatchObject({ reviews7d: 4, cardsIntroduced: 1 });
    expect(studied?.cardsIntroduced).toBeGreaterThan(0);
    expect(studied?.cardsAssigned).toBeGreaterThanOrEqual(10);
    expect(studied?.lastActiveAt).not.toBeNull();
    expect(studied?.scenarios).toEqual([{ scenarioId: "expose-web", passed: true, status: "passed", attempts: 1, hintsUsed: 1 }]);
    expect(struggled?.scenarios[0]).toMatchObject({ passed: false, attempts: 2 });

    expect(progress.cards[0]).toMatchObject({ cardId: hardCard, reviews: 5, againRate: 0.8 });
    expect(progress.cards[0]?.front).not.toBe("");

    const [scenario] = progress.scenarios;
    expect(scenario).toMatchObject({ scenarioId: "expose-web", learners: 2, passed: 1, medianAttempts: 1 });
    expect(scenario?.failedChecks[0]?.count).toBe(1);
    expect(scenario?.failedChecks[0]?.example).toMatch(/app=shop-web/);

    const csv = await owner.request(`/api/v1/classes/${classId}/progress.csv`);
    expect(csv.headers.get("content-type")).toMatch(/text\/csv/);
    expect(csv.headers.get("content-disposition")).toMatch(/attachment; filename="cka-prep-\d{4}-\d\d-\d\d\.csv"/);
    const lines = (await csv.text()).trimEnd().split("\r\n");
    expect(lines[0]).toMatch(/^userId,name,email,lastActiveAt,reviews7d,reviews30d,retention30d,cardsIntroduced,cardsAssigned,dueNow,expose-web passed,expose-web attempts,expose-web hintsUsed$/);
    expect(lines).toHaveLength(3);
    expect(lines.find((line) => line.includes(struggler.email))).toMatch(/,no,2,1$/);

    const one = (await (await owner.request(`/api/v1/classes/${classId}/progress?learner=${studied?.userId}`)).json()) as Progress;
    expect(one.learners.map((learner) => learner.email)).toEqual([studier.email]);
  });

  it("never shows what a member studies outside the class's assignments", async () => {
    const { owner, classId, joinCode, deckId } = await classWithAssignments();
    const learner = await signedInAs("learner");
    await joinAs(learner.session, joinCode);
    const other = (await (await learner.session.request("/api/decks")).json()) as { decks: { id: string; origin: string; total: number }[] };
    const elsewhere = other.decks.find((deck) => deck.id !== deckId && deck.total >= 3);
    await studyDeck(learner.session, elsewhere?.id ?? "", 3, 1);
    await learner.session.json("/api/scenarios/fix-pending/attempts", "POST", { clientId: crypto.randomUUID(), files: [{ file: "a.yaml", text: "kind: Pod" }], hintsUsed: 0 });
    const progress = await progressOf(owner, classId);
    expect(progress.learners[0]).toMatchObject({ reviews30d: 0, cardsIntroduced: 0, lastActiveAt: null });
    expect(progress.learners[0]?.scenarios.map((s) => s.scenarioId)).toEqual(["expose-web"]);
    expect(progress.cards).toEqual([]);
  });
});

describe("GET /api/v1/me/assignments and leaving", () => {
  it("lists the learner's assignments with progress, and leaving a class drops them and the learner from its progress", async () => {
    const { owner, classId, joinCode, deckId } = await classWithAssignments();
    const learner = await signedInAs("learner");
    await joinAs(learner.session, joinCode);
    await studyDeck(learner.session, deckId, 2, 3);
    const { assignments } = (await (await learner.session.request("/api/v1/me/assignments")).json()) as {
      assignments: { id: string; classId: string; deckId?: string; scenarioId?: string; dueAt: string | null; cardsIntroduced?: number; cardsTotal?: number; passed?: boolean }[];
    };
    expect(assignments).toHaveLength(2);
    const deck = assignments.find((a) => a.deckId === deckId);
    expect(deck).toMatchObject({ classId, dueAt: "2030-01-31T17:00:00.000Z", cardsIntroduced: 2 });
    expect(deck?.cardsTotal).toBeGreaterThanOrEqual(10);
    expect(assignments.find((a) => a.scenarioId === "expose-web")).toMatchObject({ passed: false, dueAt: null });

    expect((await learner.session.request(`/api/v1/classes/${classId}/members/me`, { method: "DELETE" })).status).toBe(204);
    expect(((await (await learner.session.request("/api/v1/me/assignments")).json()) as { assignments: unknown[] }).assignments).toEqual([]);
    expect((await progressOf(owner, classId)).learners).toEqual([]);
  });

  it("an assigned private deck joins the members' study queue, and a deck to introduce by its date raises the new-card limit", async () => {
    const { session: owner } = await signedInAs("instructor");
    const { classId, joinCode } = await createClassAs(owner, "Private deck");
    const cards = Array.from({ length: 30 }, (_, i) => ({ id: `c${i}`, kind: "basic", front: `Instructor's card ${i}`, back: "b", source: { file: "notes.md", line: i + 1 } }));
    const { deck } = (await (await owner.json("/api/decks", "POST", { title: "Instructor notes", sourceText: "x", cards })).json()) as { deck: { id: string } };
    const learner = await signedInAs("learner");
    await joinAs(learner.session, joinCode);
    expect((await learner.session.request(`/api/study?deck=${deck.id}`)).status).toBe(200);
    const before = (await (await learner.session.request(`/api/study?deck=${deck.id}`)).json()) as { counts: { new: number } };
    expect(before.counts.new).toBe(0); // not assigned yet: not the learner's to study
    const dueAt = new Date(Date.now() + 36 * 3_600_000).toISOString(); // two study days: 15 a day needed, under the default 20
    expect((await owner.json(`/api/v1/classes/${classId}/assignments`, "POST", { deckId: deck.id, dueAt, introduceAll: true })).status).toBe(201);
    const after = (await (await learner.session.request(`/api/study?deck=${deck.id}`)).json()) as { counts: { new: number } };
    expect(after.counts.new).toBe(20);
    const { settings } = (await (await learner.session.request("/api/settings")).json()) as { settings: Record<string, unknown> };
    const { desiredRetention, maxReviewsPerDay, timeZone, leechThreshold, leechAction } = settings;
    expect((await learner.session.json("/api/settings", "PUT", { desiredRetention, maxReviewsPerDay, timeZone, leechThreshold, leechAction, newCardsPerDay: 5 })).status).toBe(200);
    const raised = (await (await learner.session.request(`/api/study?deck=${deck.id}`)).json()) as { counts: { new: number } };
    expect(raised.counts.new).toBe(15);
    // Studying every deck at once, the raise goes to the assigned deck: its new cards come first,
    // ahead of the built-in decks that come earlier in deck order.
    for (let i = 0; i < 3; i += 1) {
      const all = (await (await learner.session.request("/api/study")).json()) as { next: { card: { id: string }; deckTitle: string; queueKind: string } | null };
      expect(all.next).toMatchObject({ deckTitle: "Instructor notes", queueKind: "new" });
      await answer(learner.session, all.next?.card.id ?? "", 3);
    }
  });
});
