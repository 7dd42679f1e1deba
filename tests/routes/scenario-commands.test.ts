/**
 * Attempts that carry the learner's shell session: validated with field paths, replayed on the
 * starting cluster at grading (command tasks, and manifest scenarios solved at the terminal), stored
 * once per clientId, and scheduled Hard when slower than the task's time limit.
 */
import { describe, expect, it } from "vitest";
import { signedInAs } from "./helpers/accounts";
import { errorMessage } from "./helpers/error-message";
import type { HttpSession } from "./helpers/http-session";

interface AttemptBody {
  attemptId?: string;
  result?: { passed: boolean; checks: { id: string; passed: boolean; message: string }[]; transcript?: { line: string; output: string; code: number }[] };
  solutions?: { title: string; commands: { line: string }[] }[];
  error?: string;
  issues?: { path: string; message: string }[];
}

const post = (session: HttpSession, scenario: string, body: Record<string, unknown>) =>
  session.json(`/api/scenarios/${scenario}/attempts`, "POST", { clientId: crypto.randomUUID(), files: [], ...body });

const lines = (...commands: string[]) => commands.map((line) => ({ line }));

/** expose-web (a manifest scenario: Deployment, Service, Ingress) solved at the terminal. */
const EXPOSE_WEB_BY_COMMANDS = (targetPort: number) =>
  lines(
    "kubectl create deployment web --image=kubedeck/web:1.0 --replicas=3 --port=8080",
    `kubectl expose deployment web --port=80 --target-port=${targetPort}`,
    "kubectl create ingress web --rule='shop.example.com/*=web:80'",
  );

async function reviewRatings(session: HttpSession): Promise<{ rating: string; duration: string }[]> {
  const csv = await (await session.request("/api/reviews/export")).text();
  return csv.trim().split("\n").slice(1).map((row) => {
    const [, rating = "", , duration = ""] = row.split(",");
    return { rating, duration };
  });
}

describe("POST /api/scenarios/[id]/attempts with commands", () => {
  it("answers 422 naming the field for commands that are not entries, too long or too many, answer files too large or too many, and a bad elapsedMs", async () => {
    const { session } = await signedInAs("learner");
    const cases: [Record<string, unknown>, string][] = [
      [{ commands: "kubectl get pods" }, "commands"],
      [{ commands: [{ line: 5 }] }, "commands[0].line"],
      [{ commands: [{ line: "k get po" }, { edited: "x" }] }, "commands[1].line"],
      [{ commands: [{ line: "x".repeat(20_001) }] }, "commands[0].line"],
      [{ commands: [{ line: "kubectl edit svc web", edited: "x".repeat(50_001) }] }, "commands[0].edited"],
      [{ commands: lines(...Array.from({ length: 301 }, () => "k get po")) }, "commands"],
      [{ commands: Array.from({ length: 3 }, () => ({ line: "k edit svc web", edited: "x".repeat(40_000) })) }, "commands"],
      [{ files: [{ file: "a.yaml", text: "x".repeat(50_001) }] }, "files[0].text"],
      [{ files: Array.from({ length: 11 }, (_, index) => ({ file: `f${index}.yaml`, text: "a: 1" })) }, "files"],
      [{ files: Array.from({ length: 3 }, (_, index) => ({ file: `f${index}.yaml`, text: "x".repeat(40_000) })) }, "files"],
      [{ commands: lines("k get po"), elapsedMs: -1 }, "elapsedMs"],
      [{ commands: lines("k get po"), elapsedMs: 1.5 }, "elapsedMs"],
    ];
    for (const [body, path] of cases) {
      const response = await post(session, "expose-web", body);
      expect(response.status, path).toBe(422);
      expect(((await response.json()) as AttemptBody).issues?.[0]?.path, JSON.stringify(body).slice(0, 80)).toBe(path);
    }
  });

  it("answers 422 on the files field for a manifest scenario sent neither files nor commands", async () => {
    const { session } = await signedInAs("learner");
    const response = await post(session, "expose-web", { commands: [] });
    expect(response.status).toBe(422);
    expect(((await response.json()) as AttemptBody).issues?.[0]?.path).toBe("files");
  });

  it("grades a manifest nested thousands of levels deep as an error, twice in a row, and keeps answering", async () => {
    // Before: the second such answer aborted the whole server process (V8 at the end of the stack), budget thread or not.
    const { session } = await signedInAs("learner");
    for (const text of [`${"- ".repeat(5_000)}x\n`, `${"[".repeat(20_000)}\n`, `${"- ".repeat(5_000)}x\n`]) {
      const response = await post(session, "expose-web", { files: [{ file: "deep.yaml", text }] });
      expect(response.status).toBe(201);
      const { result } = (await response.json()) as { result?: { passed: boolean; errors: { message: string }[] } };
      expect(result?.passed).toBe(false);
      expect(result?.errors.map((error) => error.message)).toEqual([expect.stringMatching(/more than 64 levels deep/)]);
    }
    expect((await post(session, "expose-web", { commands: EXPOSE_WEB_BY_COMMANDS(8080) })).status).toBe(201);
  });

  it("answers 413 for a session past the body limit, before grading", async () => {
    const { session } = await signedInAs("learner");
    const commands = Array.from({ length: 10 }, () => ({ line: "k edit svc web", edited: "x".repeat(99_000) }));
    const response = await post(session, "expose-web", { commands });
    expect(response.status).toBe(413);
    expect(await errorMessage(response)).toMatch(/at most 700000 are accepted/);
  });

  it("grades a manifest scenario solved at the terminal by replaying the commands, with their transcript", async () => {
    const { session } = await signedInAs("learner");
    const wrong = (await (await post(session, "expose-web", { commands: EXPOSE_WEB_BY_COMMANDS(80) })).json()) as AttemptBody;
    expect(wrong.result?.passed).toBe(false);
    expect(wrong.result?.checks.find((check) => check.id === "shop-answers")?.passed).toBe(false);
    expect(wrong.result?.transcript?.map((entry) => entry.output)).toEqual(["deployment.apps/web created\n", "service/web exposed\n", "ingress.networking.k8s.io/web created\n"]);

    const right = (await (await post(session, "expose-web", { commands: EXPOSE_WEB_BY_COMMANDS(8080) })).json()) as AttemptBody;
    expect(right.result?.passed).toBe(true);
    expect(right.solutions?.length).toBeGreaterThan(0);
  });

  it("stores a re-sent session once and answers it with the stored grade", async () => {
    const { session } = await signedInAs("learner");
    const clientId = crypto.randomUUID();
    const body = { clientId, commands: EXPOSE_WEB_BY_COMMANDS(8080), elapsedMs: 42_000 };
    const first = await post(session, "expose-web", body);
    const again = await post(session, "expose-web", body);
    expect([first.status, again.status]).toEqual([201, 201]);
    const [a, b] = [(await first.json()) as AttemptBody, (await again.json()) as AttemptBody];
    expect(b.attemptId).toBe(a.attemptId);
    expect(b.result).toEqual(a.result);
    const { scenarios } = (await (await session.request("/api/scenarios")).json()) as { scenarios: { id: string; attempts: number }[] };
    expect(scenarios.find((scenario) => scenario.id === "expose-web")?.attempts).toBe(1);
    expect(await reviewRatings(session)).toEqual([{ rating: "3", duration: "42000" }]);
  });

  it("grades the command task cmd-expose-web from its commands alone: the wrong expose fails, delete + expose passes", async () => {
    const { session } = await signedInAs("learner");
    const untouched = await post(session, "cmd-expose-web", {});
    expect(untouched.status).toBe(201);
    expect(((await untouched.json()) as AttemptBody).result?.passed).toBe(false);

    const wrong = (await (await post(session, "cmd-expose-web", { commands: lines("kubectl expose deployment web --port=8080"), elapsedMs: 30_000 })).json()) as AttemptBody;
    expect(wrong.result?.passed).toBe(false);
    expect(wrong.result?.transcript?.[0]).toEqual({ line: "kubectl expose deployment web --port=8080", output: "service/web exposed\n", code: 0 });
    expect(wrong.solutions).toBeUndefined();

    const fixed = lines("kubectl expose deployment web --port=8080", "kubectl delete svc web", "kubectl expose deployment web --port=8080 --target-port=80");
    const right = (await (await post(session, "cmd-expose-web", { commands: fixed, elapsedMs: 90_000 })).json()) as AttemptBody;
    expect(right.result?.passed).toBe(true);
    expect(right.solutions?.some((solution) => solution.commands.length > 0)).toBe(true);
    expect((await reviewRatings(session)).map((review) => review.rating)).toEqual(["1", "1", "3"]);
  });

  it("schedules a pass slower than the task's time limit (6 minutes) Hard", async () => {
    const { session } = await signedInAs("learner");
    const commands = lines("kubectl expose deployment web --port=8080 --target-port=80");
    const slow = (await (await post(session, "cmd-expose-web", { commands, elapsedMs: 6 * 60_000 + 1 })).json()) as AttemptBody;
    expect(slow.result?.passed).toBe(true);
    expect(await reviewRatings(session)).toEqual([{ rating: "2", duration: "360001" }]);
  });

  it("sends a learner who has not passed the starting cluster for the terminal, never the reference or wrong sequences", async () => {
    const { session } = await signedInAs("learner");
    const html = await (await session.request("/scenarios/cmd-expose-web")).text();
    expect(html).toContain("containerPort: 80");
    for (const secret of ["--target-port=80", "--type=NodePort", "The Service listens on 8080 and forwards", "where nothing in the nginx pods listens"]) {
      expect(html, secret).not.toContain(secret);
    }
  });
});
