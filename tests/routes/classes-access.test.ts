/**
 * Every class route × every role: nobody signed in (401), a learner (403), an instructor of another
 * class (404), and the class's owner, a co-instructor and an admin (allowed).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { signedInAs } from "./helpers/accounts";
import { classWithAssignments, joinAs, type ClassFixture } from "./helpers/classes";
import { errorMessage } from "./helpers/error-message";
import { HttpSession } from "./helpers/http-session";

type Role = "anonymous" | "learner" | "member" | "otherInstructor" | "owner" | "coInstructor" | "admin";
const sessions = {} as Record<Role, HttpSession>;
let fixture: ClassFixture;
let memberId: string;
let coEmail: string;

beforeAll(async () => {
  fixture = await classWithAssignments();
  sessions.owner = fixture.owner;
  sessions.anonymous = new HttpSession();
  sessions.learner = (await signedInAs("learner")).session;
  sessions.member = (await signedInAs("learner")).session;
  await joinAs(sessions.member, fixture.joinCode);
  memberId = ((await (await sessions.member.request("/api/me")).json()) as { user?: { id: string }; id?: string }).user?.id ?? "";
  sessions.otherInstructor = (await signedInAs("instructor")).session;
  const co = await signedInAs("instructor");
  sessions.coInstructor = co.session;
  coEmail = co.email;
  expect((await fixture.owner.json(`/api/v1/classes/${fixture.classId}/instructors`, "POST", { email: co.email })).status).toBe(201);
  sessions.admin = (await signedInAs("admin")).session;
});

interface RouteCase {
  name: string;
  send: (session: HttpSession) => Promise<Response>;
  ok: number;
}

const routes: RouteCase[] = [
  { name: "GET progress", send: (s) => s.request(`/api/v1/classes/${fixture.classId}/progress`), ok: 200 },
  { name: "GET progress.csv", send: (s) => s.request(`/api/v1/classes/${fixture.classId}/progress.csv`), ok: 200 },
  { name: "POST assignments", send: (s) => s.json(`/api/v1/classes/${fixture.classId}/assignments`, "POST", { scenarioId: "fix-pending" }), ok: 201 },
  { name: "POST join-code (rotate)", send: (s) => s.json(`/api/v1/classes/${fixture.classId}/join-code`, "POST", {}), ok: 200 },
  { name: "POST instructors", send: (s) => s.json(`/api/v1/classes/${fixture.classId}/instructors`, "POST", { email: coEmail }), ok: 201 },
];

describe("class routes × roles", () => {
  it.each(routes)("$name: 401 signed out, 403 learner (member or not), 404 another class's instructor", async ({ send }) => {
    const anonymous = await send(sessions.anonymous);
    expect(anonymous.status).toBe(401);
    expect(await errorMessage(anonymous)).toMatch(/not signed in/);
    for (const learner of [sessions.learner, sessions.member]) {
      const forbidden = await send(learner);
      expect(forbidden.status).toBe(403);
      expect(await errorMessage(forbidden)).toMatch(/learner/);
    }
    const stranger = await send(sessions.otherInstructor);
    expect(stranger.status).toBe(404);
    expect(await errorMessage(stranger)).toContain(fixture.classId);
  });

  it.each(routes)("$name: allowed for the owner, a co-instructor and an admin", async ({ name, send }) => {
    for (const role of ["owner", "coInstructor", "admin"] as const) {
      const response = await send(sessions[role]);
      // Assigning the same scenario again is a 409 once one of them has; that proves access too.
      const expected = name === "POST assignments" && role !== "owner" ? 409 : (routes.find((r) => r.name === name)?.ok ?? 200);
      expect(response.status, `${name} as ${role}`).toBe(expected);
    }
  });

  it("DELETE an assignment: 401, 403, 404 for another class's instructor or an unknown id, 204 for a co-instructor", async () => {
    const created = await fixture.owner.json(`/api/v1/classes/${fixture.classId}/assignments`, "POST", { scenarioId: "internal-db" });
    const { id } = (await created.json()) as { id: string };
    const path = `/api/v1/classes/${fixture.classId}/assignments/${id}`;
    expect((await sessions.anonymous.request(path, { method: "DELETE" })).status).toBe(401);
    expect((await sessions.member.request(path, { method: "DELETE" })).status).toBe(403);
    expect((await sessions.otherInstructor.request(path, { method: "DELETE" })).status).toBe(404);
    expect((await fixture.owner.request(`/api/v1/classes/${fixture.classId}/assignments/nope`, { method: "DELETE" })).status).toBe(404);
    expect((await sessions.coInstructor.request(path, { method: "DELETE" })).status).toBe(204);
    expect((await sessions.coInstructor.request(path, { method: "DELETE" })).status).toBe(404);
  });

  it("DELETE a member: 401, 403 for another learner, 404 for another class's instructor, 204 for an instructor", async () => {
    const path = `/api/v1/classes/${fixture.classId}/members/${memberId}`;
    expect(memberId).not.toBe("");
    expect((await sessions.anonymous.request(path, { method: "DELETE" })).status).toBe(401);
    expect((await sessions.learner.request(path, { method: "DELETE" })).status).toBe(403);
    expect((await sessions.otherInstructor.request(path, { method: "DELETE" })).status).toBe(404);
    expect((await sessions.coInstructor.request(path, { method: "DELETE" })).status).toBe(204);
    expect((await sessions.coInstructor.request(path, { method: "DELETE" })).status).toBe(404);
    await joinAs(sessions.member, ((await (await fixture.owner.request("/api/v1/classes")).json()) as { teaching: { id: string; joinCode: string }[] }).teaching.find((c) => c.id === fixture.classId)?.joinCode ?? "");
  });

  it("POST /api/v1/classes: 401 signed out, 403 for a learner, 201 for an instructor and an admin", async () => {
    expect((await sessions.anonymous.json("/api/v1/classes", "POST", { name: "x" })).status).toBe(401);
    const learner = await sessions.learner.json("/api/v1/classes", "POST", { name: "x" });
    expect(learner.status).toBe(403);
    expect(await errorMessage(learner)).toMatch(/instructor role/);
    expect((await sessions.otherInstructor.json("/api/v1/classes", "POST", { name: "Other" })).status).toBe(201);
    expect((await sessions.admin.json("/api/v1/classes", "POST", { name: "Admin's" })).status).toBe(201);
  });

  it("the join and my-assignments routes need only a session", async () => {
    expect((await sessions.anonymous.json("/api/v1/classes/join", "POST", { joinCode: "ABCDEFGH" })).status).toBe(401);
    expect((await sessions.anonymous.request("/api/v1/me/assignments")).status).toBe(401);
    expect((await sessions.anonymous.request("/api/v1/classes")).status).toBe(401);
    expect((await sessions.learner.request("/api/v1/me/assignments")).status).toBe(200);
  });
});
