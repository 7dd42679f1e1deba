/**
 * Decks and scenarios shared with chosen classes (visibility "classes", issue 14): who sees them, as a
 * table of role × route. Members and instructors of a chosen class see and study them; a learner in no
 * class, a learner of another class and another class's instructor get 404, exactly as for private.
 * A member who leaves loses sight at once; their review and attempt stay in their export.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { signedInAs } from "./helpers/accounts";
import { createClassAs, joinAs } from "./helpers/classes";
import { errorMessage } from "./helpers/error-message";
import { HttpSession } from "./helpers/http-session";

type Role = "owner" | "coInstructor" | "member" | "loner" | "otherMember" | "otherInstructor";
const sessions = {} as Record<Role, HttpSession>;
const stamp = Date.now();
const ids = { classA: "", classB: "", joinA: "", deck: "", cardId: "", scenario: `shared-job-${stamp}` };

const deckMarkdown = (slug: string) => `---
id: ${slug}
title: Shared ${slug}
---
# Pods

- **Pod** — the smallest deployable unit
- **Node** — a machine that runs pods
`;
const SCENARIO = readFileSync(path.resolve(__dirname, "../../content/scenarios/run-once-job.md"), "utf8").replace("id: run-once-job", `id: ${ids.scenario}`);

interface ListedDeck {
  id: string;
  classes: string[];
}
interface ApiDeck {
  id: string;
  visibility: string;
  classes: { id: string; name: string }[];
}

async function createSharedDeck(session: HttpSession, slug: string, classIds: string[]): Promise<Response> {
  return session.json("/api/v1/decks", "POST", { markdown: deckMarkdown(slug), visibility: "classes", classIds });
}

async function issueOf(response: Response): Promise<{ message: string; field?: string }> {
  return ((await response.json()) as { error: { message: string; field?: string } }).error;
}

beforeAll(async () => {
  sessions.owner = (await signedInAs("instructor")).session;
  ({ classId: ids.classA, joinCode: ids.joinA } = await createClassAs(sessions.owner, `Shared A ${stamp}`));
  const co = await signedInAs("instructor");
  sessions.coInstructor = co.session;
  expect((await sessions.owner.json(`/api/v1/classes/${ids.classA}/instructors`, "POST", { email: co.email })).status).toBe(201);
  sessions.member = (await signedInAs("learner")).session;
  await joinAs(sessions.member, ids.joinA);
  sessions.loner = (await signedInAs("learner")).session;
  sessions.otherInstructor = (await signedInAs("instructor")).session;
  const other = await createClassAs(sessions.otherInstructor, `Other B ${stamp}`);
  ids.classB = other.classId;
  sessions.otherMember = (await signedInAs("learner")).session;
  await joinAs(sessions.otherMember, other.joinCode);

  const created = await createSharedDeck(sessions.owner, `shared-${stamp}`, [ids.classA]);
  expect(created.status).toBe(201);
  ids.deck = ((await created.json()) as { id: string }).id;
  const detail = (await (await sessions.owner.request(`/api/v1/decks/${ids.deck}`)).json()) as ApiDeck & { cards: { id: string }[] };
  ids.cardId = detail.cards[0]?.id ?? "";
  const scenario = await sessions.owner.json("/api/v1/scenarios", "POST", { markdown: SCENARIO, publish: true, visibility: "classes", classIds: [ids.classA] });
  expect(scenario.status).toBe(201);
  expect(await scenario.json()).toMatchObject({ published: true, visibility: "classes", classIds: [ids.classA] });
});

interface SightCase {
  name: string;
  /** 200 (or the listed flag) when the role may see it, 404 (or absent) otherwise. */
  sees: (session: HttpSession) => Promise<boolean>;
}

const sights: SightCase[] = [
  {
    name: "deck list (/api/decks) names the class",
    sees: async (s) => {
      const { decks } = (await (await s.request("/api/decks")).json()) as { decks: ListedDeck[] };
      const listed = decks.find((deck) => deck.id === ids.deck);
      if (listed) expect(listed.classes).toEqual([`Shared A ${stamp}`]);
      return listed !== undefined;
    },
  },
  { name: "GET /api/v1/decks/{id}", sees: async (s) => statusOf(await s.request(`/api/v1/decks/${ids.deck}`)) },
  { name: "GET /api/cards/{id} (card info)", sees: async (s) => statusOf(await s.request(`/api/cards/${ids.cardId}`)) },
  {
    name: "card browser search",
    sees: async (s) => ((await (await s.request(`/api/cards?deck=${ids.deck}`)).json()) as { total: number }).total === 2,
  },
  {
    name: "scenario list (/api/scenarios) names the class",
    sees: async (s) => {
      const { scenarios } = (await (await s.request("/api/scenarios")).json()) as { scenarios: { id: string; classes: string[] }[] };
      const listed = scenarios.find((scenario) => scenario.id === ids.scenario);
      if (listed) expect(listed.classes).toEqual([`Shared A ${stamp}`]);
      return listed !== undefined;
    },
  },
  { name: "scenario page", sees: async (s) => statusOf(await s.request(`/scenarios/${ids.scenario}`)) },
  { name: "POST /api/scenarios/{id}/hints", sees: async (s) => statusOf(await s.json(`/api/scenarios/${ids.scenario}/hints`, "POST", { shown: 1 })) },
];

/** true for 200, false for 404; anything else fails the test. */
function statusOf(response: Response): boolean {
  expect([200, 404], `${response.url} answered ${response.status}`).toContain(response.status);
  return response.status === 200;
}

const expected: Record<Role, boolean> = { owner: true, coInstructor: true, member: true, loner: false, otherMember: false, otherInstructor: false };

describe("shared with chosen classes × role", () => {
  it.each(sights)("$name: the owner, a co-instructor and members see it; a learner in no class, another class's learner and instructor do not", async ({ name, sees }) => {
    for (const role of Object.keys(expected) as Role[]) expect(await sees(sessions[role]), `${name} as ${role}`).toBe(expected[role]);
  });

  it("lets a co-instructor share their own deck with the class they co-teach; another class's instructor cannot pick it (422 at its place)", async () => {
    const shared = await createSharedDeck(sessions.coInstructor, `co-${stamp}`, [ids.classA]);
    expect(shared.status).toBe(201);
    const id = ((await shared.json()) as { id: string }).id;
    const { decks } = (await (await sessions.member.request("/api/v1/decks")).json()) as { decks: ApiDeck[] };
    expect(decks.find((deck) => deck.id === id)).toMatchObject({ visibility: "classes", classes: [{ id: ids.classA, name: `Shared A ${stamp}` }] });
    const refused = await createSharedDeck(sessions.otherInstructor, `steal-${stamp}`, [ids.classB, ids.classA]);
    expect(refused.status).toBe(422);
    expect(await issueOf(refused)).toMatchObject({ field: "classIds.1", message: expect.stringMatching(/no class with id ".+" that you teach/) });
  });

  it("refuses classes for a learner (403), without classIds or with them on another visibility (422)", async () => {
    const learner = await sessions.loner.json("/api/v1/decks", "POST", { markdown: deckMarkdown(`l-${stamp}`), visibility: "classes", classIds: [ids.classA] });
    expect(learner.status).toBe(403);
    const missing = await sessions.owner.json("/api/v1/decks", "POST", { markdown: deckMarkdown(`m-${stamp}`), visibility: "classes" });
    expect(missing.status).toBe(422);
    expect((await issueOf(missing)).field).toBe("classIds");
    const stray = await sessions.owner.json(`/api/v1/decks/${ids.deck}`, "PATCH", { visibility: "public", classIds: [ids.classA] });
    expect(stray.status).toBe(422);
    const scenario = await sessions.owner.json(`/api/v1/scenarios/${ids.scenario}`, "PUT", { markdown: SCENARIO, visibility: "classes", classIds: ["no-such-class"] });
    expect(scenario.status).toBe(422);
    expect((await issueOf(scenario)).field).toBe("classIds.0");
  });

  it("PATCH changes the classes: a deck moved to class B leaves class A's members and reaches B's", async () => {
    const slug = `move-${stamp}`;
    const created = await createSharedDeck(sessions.otherInstructor, slug, [ids.classB]);
    const id = ((await created.json()) as { id: string }).id;
    expect((await sessions.otherMember.request(`/api/v1/decks/${id}`)).status).toBe(200);
    expect((await sessions.member.request(`/api/v1/decks/${id}`)).status).toBe(404);
    const privateAgain = await sessions.otherInstructor.json(`/api/v1/decks/${id}`, "PATCH", { visibility: "private" });
    expect(await privateAgain.json()).toMatchObject({ visibility: "private", classes: [] });
    expect((await sessions.otherMember.request(`/api/v1/decks/${id}`)).status).toBe(404);
  });

  it("a member who leaves loses sight at once; their review of a shared card and their attempt stay in their export", async () => {
    const learner = await signedInAs("learner");
    await joinAs(learner.session, ids.joinA);
    const reviewId = `shared-review-${crypto.randomUUID()}`;
    expect((await learner.session.json("/api/reviews", "POST", { clientId: reviewId, cardId: ids.cardId, rating: 3 })).status).toBe(201);
    const attemptId = `shared-attempt-${crypto.randomUUID()}`;
    const attempt = await learner.session.json(`/api/scenarios/${ids.scenario}/attempts`, "POST", { clientId: attemptId, files: [{ file: "answer.yaml", text: "kind: Nothing\n" }], hintsUsed: 0 });
    expect(attempt.status).toBe(201);
    expect((await learner.session.request(`/api/v1/classes/${ids.classA}/members/me`, { method: "DELETE" })).status).toBe(204);
    expect((await learner.session.request(`/api/v1/decks/${ids.deck}`)).status).toBe(404);
    const again = await learner.session.json("/api/reviews", "POST", { clientId: `${reviewId}-2`, cardId: ids.cardId, rating: 3 });
    expect(again.status).toBe(404);
    expect(await errorMessage(again)).toBeTruthy();
    expect((await learner.session.request(`/scenarios/${ids.scenario}`)).status).toBe(404);
    const exported = await (await learner.session.request("/api/me/export")).text();
    expect(exported).toContain(reviewId);
    expect(exported).toContain(attemptId);
  });
});
