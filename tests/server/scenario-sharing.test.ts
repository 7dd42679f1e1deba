import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migratedDatabase } from "./migrated-database";

/**
 * A scenario shared with chosen classes, on a migrated database: the choice made on a draft is carried
 * to publication, members and instructors of the classes see it, a class that assigns it shows it to
 * its members, and a deleted class never turns it public.
 */
const env = migratedDatabase("scenario-sharing");
const NOW = new Date("2026-12-07T10:00:00Z");
const ID = "shared-job";
const MARKDOWN = readFileSync(path.resolve(__dirname, "../../content/scenarios/run-once-job.md"), "utf8").replace("id: run-once-job", `id: ${ID}`);
const ids = { teacher: "", co: "", member: "", outsider: "", classA: "", classB: "" };
let sharing: typeof import("@/lib/server/scenarios/scenario-visibility");
let save: typeof import("@/lib/server/scenarios/save-authored-scenario");

async function sees(userId: string): Promise<boolean> {
  return (await env.db.scenario.findFirst({ where: { AND: [{ id: ID }, await sharing.visibleScenariosWhere(userId, env.db)] }, select: { id: true } })) !== null;
}

beforeAll(async () => {
  process.env.DATABASE_URL = env.url;
  const user = async (email: string, role = "learner") => (await env.db.user.create({ data: { email, name: email, role } })).id;
  ids.teacher = await user("teacher@example.com", "instructor");
  ids.co = await user("co@example.com", "instructor");
  ids.member = await user("member@example.com");
  ids.outsider = await user("outsider@example.com");
  const made = (name: string, ownerId: string, members: string[]) =>
    env.db.class.create({ data: { name, joinCode: name.toUpperCase().padEnd(8, "X"), ownerId, members: { create: members.map((userId) => ({ userId })) }, instructors: { create: [{ userId: ownerId, role: "owner" }] } } });
  ids.classA = (await made("classa", ids.teacher, [ids.member])).id;
  await env.db.classInstructor.create({ data: { classId: ids.classA, userId: ids.co, role: "co" } });
  ids.classB = (await made("classb", ids.co, [ids.outsider])).id;
  sharing = await import("@/lib/server/scenarios/scenario-visibility");
  save = await import("@/lib/server/scenarios/save-authored-scenario");
});

afterAll(async () => env.dispose());

describe("scenarios shared with classes", () => {
  it("keeps a draft's classes through publication; members, the class's instructors and the author see it, others do not", async () => {
    const teacher = { id: ids.teacher, role: "instructor" };
    const draft = await save.saveAuthoredScenario(env.db, teacher, { markdown: MARKDOWN, publish: false, visibility: "classes", classIds: [ids.classA] }, { mode: "create" }, NOW);
    expect(draft).toMatchObject({ published: false, visibility: "classes", classIds: [ids.classA] });
    const published = await save.saveAuthoredScenario(env.db, teacher, { markdown: `${MARKDOWN}\n`, publish: true }, { mode: "update", id: ID }, NOW);
    expect(published).toMatchObject({ published: true, visibility: "classes", classIds: [ids.classA] });
    expect(await sees(ids.member)).toBe(true);
    expect(await sees(ids.co)).toBe(true);
    expect(await sees(ids.teacher)).toBe(true);
    expect(await sees(ids.outsider)).toBe(false);
  });

  it("refuses a class the author does not teach, at its place, and writes nothing", async () => {
    const teacher = { id: ids.teacher, role: "instructor" };
    await expect(save.saveAuthoredScenario(env.db, teacher, { markdown: MARKDOWN, visibility: "classes", classIds: [ids.classA, ids.classB] }, { mode: "update", id: ID }, NOW)).rejects.toMatchObject({
      status: 422,
      message: expect.stringMatching(/^classIds\.1: no class/),
    });
    expect(await sharing.scenarioSharing(env.db, ID)).toEqual({ visibility: "classes", classIds: [ids.classA] });
  });

  it("shows it to the members of a class that assigns it, and to everyone once public again", async () => {
    const assignment = await env.db.assignment.create({ data: { classId: ids.classB, scenarioId: ID } });
    expect(await sees(ids.outsider)).toBe(true);
    await env.db.assignment.delete({ where: { id: assignment.id } });
    expect(await sees(ids.outsider)).toBe(false);
    const result = await save.saveAuthoredScenario(env.db, { id: ids.teacher, role: "instructor" }, { markdown: `${MARKDOWN}\n`, publish: true, visibility: "public" }, { mode: "update", id: ID }, NOW);
    expect(result).toMatchObject({ unchanged: true, visibility: "public", classIds: [] });
    expect(await sees(ids.outsider)).toBe(true);
  });

  it("stays hidden when every class it was shared with is deleted (never falls back to public)", async () => {
    await save.saveAuthoredScenario(env.db, { id: ids.teacher, role: "instructor" }, { markdown: `${MARKDOWN}\n`, publish: true, visibility: "classes", classIds: [ids.classA] }, { mode: "update", id: ID }, NOW);
    await env.db.class.delete({ where: { id: ids.classA } });
    expect(await sharing.scenarioSharing(env.db, ID)).toEqual({ visibility: "classes", classIds: [] });
    expect(await sees(ids.member)).toBe(false);
    expect(await sees(ids.teacher)).toBe(true);
  });
});
