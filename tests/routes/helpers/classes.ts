/** Sets up a class over HTTP for the class route tests: an owner, a join code, members and assignments. */
import { expect } from "vitest";
import { signedInAs } from "./accounts";
import type { HttpSession } from "./http-session";

export interface ClassFixture {
  owner: HttpSession;
  classId: string;
  joinCode: string;
  deckId: string;
}

export async function builtInDeckId(session: HttpSession): Promise<string> {
  const { decks } = (await (await session.request("/api/decks")).json()) as { decks: { id: string; origin: string; total: number }[] };
  const deck = decks.find((d) => d.origin === "builtin" && d.total >= 10);
  if (!deck) throw new Error("no built-in deck with 10 cards");
  return deck.id;
}

export async function createClassAs(owner: HttpSession, name = "CKA prep"): Promise<{ classId: string; joinCode: string }> {
  const created = await owner.json("/api/v1/classes", "POST", { name });
  expect(created.status).toBe(201);
  const body = (await created.json()) as { id: string; name: string; joinCode: string };
  expect(body.name).toBe(name);
  return { classId: body.id, joinCode: body.joinCode };
}

/** A class with a built-in deck and expose-web assigned. */
export async function classWithAssignments(): Promise<ClassFixture> {
  const { session: owner } = await signedInAs("instructor");
  const { classId, joinCode } = await createClassAs(owner);
  const deckId = await builtInDeckId(owner);
  expect((await owner.json(`/api/v1/classes/${classId}/assignments`, "POST", { deckId, dueAt: "2030-01-31T17:00:00Z" })).status).toBe(201);
  expect((await owner.json(`/api/v1/classes/${classId}/assignments`, "POST", { scenarioId: "expose-web" })).status).toBe(201);
  return { owner, classId, joinCode, deckId };
}

export async function joinAs(learner: HttpSession, joinCode: string): Promise<void> {
  expect((await learner.json("/api/v1/classes/join", "POST", { joinCode })).status).toBe(200);
}
