/**
 * POST/PUT /api/v1/scenarios: instructors author scenarios that are verified as `kubedeck lint`
 * verifies them; one that verifies is published to learners, one that does not stays a draft.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { apiTokenFor, signedInAs } from "./helpers/accounts";
import { bearer } from "./helpers/bearer";
import type { HttpSession } from "./helpers/http-session";

const ORIGINAL = readFileSync(path.resolve(__dirname, "../../content/scenarios/run-once-job.md"), "utf8");
const scenario = (id: string) => ORIGINAL.replace("id: run-once-job", `id: ${id}`);
/** The reference solution names the Job "other", so it fails the scenario's own checks. */
const broken = (id: string) => scenario(id).replace("  name: migrate\nspec:\n  backoffLimit: 2", "  name: other\nspec:\n  backoffLimit: 2");
const SOLUTION_LINE = ORIGINAL.split("\n").findIndex((line) => line.startsWith("## Solution")) + 1;

interface SaveBody {
  id: string;
  revision: number;
  published: boolean;
  verification: { passed: boolean; problems: { line?: number; message: string }[] };
}

let instructor: { session: HttpSession; email: string };
let writeToken: string;
let readToken: string;
let otherInstructorToken: string;
let learnerToken: string;
let learner: { session: HttpSession; email: string };
const stamp = Date.now();

async function listedFor(session: HttpSession): Promise<string[]> {
  return ((await (await session.request("/api/scenarios")).json()) as { scenarios: { id: string }[] }).scenarios.map((row) => row.id);
}

beforeAll(async () => {
  instructor = await signedInAs("instructor");
  writeToken = await apiTokenFor(instructor.email, "write");
  readToken = await apiTokenFor(instructor.email, "read");
  otherInstructorToken = await apiTokenFor((await signedInAs("instructor")).email, "write");
  learner = await signedInAs("learner");
  learnerToken = await apiTokenFor(learner.email, "write");
});

describe("/api/v1/scenarios × role × scope", () => {
  it.each([
    ["POST", "/api/v1/scenarios"],
    ["PUT", "/api/v1/scenarios/some-id"],
    ["GET", "/api/v1/scenarios"],
  ])("%s %s: 401 without credentials, 403 for a learner", async (method, url) => {
    const body = method === "GET" ? undefined : { markdown: scenario("x") };
    expect((await bearer(null, method, url, body)).status).toBe(401);
    const asLearner = await bearer(learnerToken, method, url, body);
    expect(asLearner.status).toBe(403);
    expect(((await asLearner.json()) as { error: { message: string } }).error.message).toMatch(/instructor role/);
  });

  it("refuses a read token writing (403)", async () => {
    expect((await bearer(readToken, "POST", "/api/v1/scenarios", { markdown: scenario(`ro-${stamp}`) })).status).toBe(403);
    expect((await bearer(readToken, "GET", "/api/v1/scenarios")).status).toBe(200);
  });
});

describe("authoring a scenario", () => {
  const id = `migrate-once-${stamp}`;

  it("publishes a scenario that verifies; learners see it in the scenario list", async () => {
    const response = await bearer(writeToken, "POST", "/api/v1/scenarios", { markdown: scenario(id), publish: true });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ id, revision: 1, published: true, unchanged: false, dryRun: false, visibility: "public", classIds: [], verification: { passed: true, problems: [] } });
    expect(await listedFor(learner.session)).toContain(id);
    const again = await bearer(writeToken, "POST", "/api/v1/scenarios", { markdown: scenario(id) });
    expect(again.status).toBe(409);
    expect(((await again.json()) as { error: { message: string } }).error.message).toContain(`PUT /api/v1/scenarios/${id}`);
  });

  it("keeps a revision that does not verify as a draft and says why, at its line", async () => {
    const response = await bearer(writeToken, "PUT", `/api/v1/scenarios/${id}`, { markdown: broken(id), publish: true });
    expect(response.status).toBe(200);
    const body = (await response.json()) as SaveBody;
    expect(body).toMatchObject({ id, revision: 2, published: false, verification: { passed: false } });
    expect(body.verification.problems[0]).toMatchObject({ line: SOLUTION_LINE, message: expect.stringMatching(/^reference solution "a Job" fails check/) });
    expect(await listedFor(learner.session)).toContain(id);
  });

  it("does not list a draft that was never published", async () => {
    const draft = `draft-${stamp}`;
    const response = await bearer(writeToken, "POST", "/api/v1/scenarios", { markdown: scenario(draft) });
    expect(((await response.json()) as SaveBody).published).toBe(false);
    expect(await listedFor(learner.session)).not.toContain(draft);
    const mine = (await (await bearer(readToken, "GET", "/api/v1/scenarios")).json()) as { scenarios: { id: string; published: boolean }[] };
    expect(mine.scenarios).toEqual(expect.arrayContaining([
      { id: draft, revision: 1, published: false, visibility: "public", classIds: [] },
      { id, revision: 2, published: true, visibility: "public", classIds: [] },
    ]));
  });

  it("answers 404 for another author's scenario, 403 for a built-in one, 409 for a taken id, 422 for Markdown that does not parse", async () => {
    expect((await bearer(otherInstructorToken, "PUT", `/api/v1/scenarios/${id}`, { markdown: scenario(id) })).status).toBe(404);
    expect((await bearer(otherInstructorToken, "POST", "/api/v1/scenarios", { markdown: scenario(id) })).status).toBe(409);
    expect((await bearer(writeToken, "PUT", "/api/v1/scenarios/run-once-job", { markdown: ORIGINAL })).status).toBe(403);
    const bad = await bearer(writeToken, "POST", "/api/v1/scenarios", { markdown: scenario("Not An Id") });
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { error: { line?: number; field?: string } }).error).toMatchObject({ line: 2, field: "markdown" });
  });
});
