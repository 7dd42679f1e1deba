import { describe, expect, it } from "vitest";
import { exposeWebAnswer } from "../fixtures/expose-web-answer";
import { signedInAs } from "./helpers/accounts";
import { HttpSession } from "./helpers/http-session";

interface AttemptBody {
  result?: { passed: boolean; checks: { id: string; passed: boolean; message: string }[] };
  solutions?: { title: string }[];
  error?: string;
  issues?: { path: string; message: string }[];
}

const attempt = (session: HttpSession, scenario: string, text: string, clientId: string = crypto.randomUUID()) =>
  session.json(`/api/scenarios/${scenario}/attempts`, "POST", { clientId, files: [{ file: "answer.yaml", text }], hintsUsed: 0 });

describe("scenario routes", () => {
  it("answers 401 without a session", async () => {
    expect((await new HttpSession().request("/api/scenarios")).status).toBe(401);
    expect((await attempt(new HttpSession(), "expose-web", exposeWebAnswer())).status).toBe(401);
  });

  it("lists the ten scenarios every learner gets", async () => {
    const { session } = await signedInAs("learner");
    const { scenarios } = (await (await session.request("/api/scenarios")).json()) as { scenarios: { id: string; status: string }[] };
    expect(scenarios.map((scenario) => scenario.id)).toEqual(
      expect.arrayContaining(["expose-web", "config-and-secret", "stateful-db", "survive-node-failure", "daemon-everywhere", "internal-db", "fix-pending", "zero-downtime-rollout", "cross-namespace", "path-routing"]),
    );
    expect(scenarios.every((scenario) => scenario.status === "new")).toBe(true);
  });

  it("answers 404 for an unknown scenario and 422 for an empty submission", async () => {
    const { session } = await signedInAs("learner");
    const missing = await attempt(session, "no-such-scenario", exposeWebAnswer());
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as AttemptBody).error).toContain("no-such-scenario");
    const empty = await session.json("/api/scenarios/expose-web/attempts", "POST", { clientId: crypto.randomUUID(), files: [] });
    expect(empty.status).toBe(422);
    expect(((await empty.json()) as AttemptBody).issues?.[0]?.path).toBe("files");
  });

  it("explains a wrong answer, passes the fixed one, and reveals the solution only then", async () => {
    const { session } = await signedInAs("learner");
    const wrong = (await (await attempt(session, "expose-web", exposeWebAnswer("shop-web"))).json()) as AttemptBody;
    expect(wrong.result?.passed).toBe(false);
    expect(wrong.solutions).toBeUndefined();
    const failed = wrong.result?.checks.find((check) => !check.passed);
    expect(failed?.message).toMatch(/app=shop-web/);

    const right = (await (await attempt(session, "expose-web", exposeWebAnswer())).json()) as AttemptBody;
    expect(right.result?.passed).toBe(true);
    expect(right.result?.checks.every((check) => check.passed)).toBe(true);
    expect(right.solutions?.length).toBeGreaterThan(0);

    const { scenarios } = (await (await session.request("/api/scenarios")).json()) as { scenarios: { id: string; status: string; attempts: number }[] };
    expect(scenarios.find((scenario) => scenario.id === "expose-web")).toMatchObject({ status: "passed", attempts: 2 });
  });

  it("answers 422 naming the file and line when an answer asks for more replicas than scenarios allow", async () => {
    const { session } = await signedInAs("learner");
    const response = await attempt(session, "expose-web", exposeWebAnswer().replace("replicas: 3", "replicas: 2000"));
    expect(response.status).toBe(422);
    expect(((await response.json()) as AttemptBody).error).toMatch(/answer\.yaml:6: Deployment\/web spec\.replicas: 2000 replicas/);
  });

  it("stores a double-submitted attempt once", async () => {
    const { session } = await signedInAs("learner");
    const clientId = crypto.randomUUID();
    const [a, b] = await Promise.all([attempt(session, "expose-web", exposeWebAnswer(), clientId), attempt(session, "expose-web", exposeWebAnswer(), clientId)]);
    expect(a.status).toBe(201);
    expect(b.status).toBe(201);
    const { scenarios } = (await (await session.request("/api/scenarios")).json()) as { scenarios: { id: string; attempts: number }[] };
    expect(scenarios.find((scenario) => scenario.id === "expose-web")?.attempts).toBe(1);
  });

  it("keys an attempt by (learner, clientId): reusing a clientId for another scenario or by another learner is a 409 that reveals nothing", async () => {
    const { session: first } = await signedInAs("learner");
    const clientId = crypto.randomUUID();
    const passed = (await (await attempt(first, "expose-web", exposeWebAnswer(), clientId)).json()) as AttemptBody;
    expect(passed.result?.passed).toBe(true);

    const otherScenario = await attempt(first, "fix-pending", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: anything\n", clientId);
    expect(otherScenario.status).toBe(409);
    const otherScenarioBody = (await otherScenario.json()) as AttemptBody & Record<string, unknown>;
    expect(otherScenarioBody.result).toBeUndefined();
    expect(otherScenarioBody.solutions).toBeUndefined();
    expect(otherScenarioBody.error).toMatch(/new clientId/);

    const { session: second } = await signedInAs("learner");
    const replayed = await attempt(second, "expose-web", exposeWebAnswer("shop-web"), clientId);
    expect(replayed.status).toBe(409);
    const replayedBody = (await replayed.json()) as AttemptBody & Record<string, unknown>;
    expect(Object.keys(replayedBody).sort()).toEqual(["error", "issues"]);
    expect(replayedBody.error).toBe(otherScenarioBody.error);
    const { scenarios } = (await (await second.request("/api/scenarios")).json()) as { scenarios: { id: string; attempts: number }[] };
    expect(scenarios.find((scenario) => scenario.id === "expose-web")?.attempts).toBe(0);
  });
});

describe("POST /api/scenarios/[id]/hints", () => {
  const reveal = (session: HttpSession, scenario: string, body: unknown) => session.json(`/api/scenarios/${scenario}/hints`, "POST", body);

  it("answers 401 without a session, 404 for an unknown scenario and 422 naming the field for a count out of range", async () => {
    expect((await reveal(new HttpSession(), "expose-web", { shown: 1 })).status).toBe(401);
    const { session } = await signedInAs("learner");
    expect((await reveal(session, "no-such-scenario", { shown: 1 })).status).toBe(404);
    for (const body of [{}, { shown: 0 }, { shown: 1.5 }, { shown: 99 }]) {
      const response = await reveal(session, "expose-web", body);
      expect(response.status).toBe(422);
      expect(((await response.json()) as AttemptBody).issues?.[0]?.path).toBe("shown");
    }
  });

  it("keeps the count (it never goes down), counts it at grading even when the page forgot it, and starts over after a pass", async () => {
    const { session } = await signedInAs("learner");
    expect(await (await reveal(session, "expose-web", { shown: 2 })).json()).toEqual({ shown: 2 });
    expect(await (await reveal(session, "expose-web", { shown: 1 })).json()).toEqual({ shown: 2 });
    const wrong = (await (await attempt(session, "expose-web", exposeWebAnswer("shop-web"))).json()) as { hintsUsed: number };
    expect(wrong.hintsUsed).toBe(2);
    const passed = (await (await attempt(session, "expose-web", exposeWebAnswer())).json()) as { hintsUsed: number };
    expect(passed.hintsUsed).toBe(2);
    const next = (await (await attempt(session, "expose-web", exposeWebAnswer())).json()) as { hintsUsed: number };
    expect(next.hintsUsed).toBe(0);
  });
});
