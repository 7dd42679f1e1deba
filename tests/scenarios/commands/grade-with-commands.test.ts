/** gradeWithCommands: a terminal session replayed on the starting cluster, graded as manifests are, with its transcript. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { gradeScenario, gradeWithCommands, MAX_COMMANDS, MAX_OUTPUT_CHARS, parseScenario, type Scenario } from "@/lib/scenarios";
import { createShell } from "@/lib/kubectl";
import { startingCluster } from "@/lib/scenarios/build-cluster";

function load(id: string): Scenario {
  const { scenario, issues } = parseScenario(readFileSync(`content/scenarios/${id}.md`, "utf8"), `content/scenarios/${id}.md`);
  expect(issues).toEqual([]);
  if (!scenario) throw new Error(`${id} does not parse`);
  return scenario;
}

const EXPOSE = load("cmd-expose-web");
const check = (result: { checks: { id: string; passed: boolean; message: string }[] }, id: string) => result.checks.find((c) => c.id === id);

/** The text `kubectl edit svc web` shows on the cluster the wrong expose leaves, as a learner's editor would receive it. */
function editorText(): string {
  const shell = createShell(startingCluster(EXPOSE, 1));
  shell.run("kubectl expose deployment web --port=8080");
  shell.run("kubectl edit svc web");
  return shell.pendingEdit?.text ?? "";
}

describe("gradeWithCommands", () => {
  it("fails the exam's wrong expose, says why, and shows each command's output", () => {
    const result = gradeWithCommands(EXPOSE, { files: [], commands: [{ line: "kubectl expose deployment web --port=8080" }, { line: "kubectl get svc web" }] });
    expect(result.passed).toBe(false);
    expect(check(result, "web-answers-on-8080")?.message).toContain("nothing listens on port 8080: container nginx (nginx) listens on 80");
    expect(result.transcript.map((t) => ({ line: t.line, code: t.code }))).toEqual([
      { line: "kubectl expose deployment web --port=8080", code: 0 },
      { line: "kubectl get svc web", code: 0 },
    ]);
    expect(result.transcript[0]?.output).toBe("service/web exposed\n");
    expect(result.transcript[1]?.output).toMatch(/^NAME +TYPE +CLUSTER-IP +EXTERNAL-IP +PORT\(S\) +AGE\nweb +ClusterIP +10\.\S+ +<none> +8080\/TCP/);
  });

  it("passes once the learner fixes the target port in kubectl edit (the saved text of a recorded session)", () => {
    const saved = editorText().replace("targetPort: 8080", "targetPort: 80");
    expect(saved).toContain("targetPort: 80\n");
    const result = gradeWithCommands(EXPOSE, { files: [], commands: [
      { line: "kubectl expose deployment web --port=8080" },
      { line: "kubectl edit svc web", edited: saved },
    ] });
    expect(result.checks.map((c) => [c.id, c.passed])).toEqual([["web-answers-on-8080", true], ["service-is-clusterip", true]]);
    expect(result.passed).toBe(true);
    expect(result.transcript[1]?.output).toBe("service/web edited\n");
  });

  it("passes delete + expose, and a cancelled edit changes nothing", () => {
    expect(gradeWithCommands(EXPOSE, { files: [], commands: [
      { line: "kubectl expose deployment web --port=8080" }, { line: "kubectl delete svc web" }, { line: "kubectl expose deployment web --port=8080 --target-port=80" },
    ] }).passed).toBe(true);
    const cancelled = gradeWithCommands(EXPOSE, { files: [], commands: [{ line: "kubectl expose deployment web --port=8080" }, { line: "kubectl edit svc web", edited: null }] });
    expect(cancelled.passed).toBe(false);
    expect(cancelled.transcript[1]?.output).toBe("Edit cancelled, no changes made.\n");
  });

  it("shows a rejected edit in the transcript, closes the reopened editor and goes on with the next command", () => {
    const invalid = "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n  - port: 99999\n";
    const result = gradeWithCommands(EXPOSE, { files: [], commands: [
      { line: "kubectl expose deployment web --port=8080" }, { line: "kubectl edit svc web", edited: invalid }, { line: "kubectl get svc web -o jsonpath={.spec.ports[0].port}" },
    ] });
    expect(result.transcript[1]?.code).toBe(1);
    expect(result.transcript[1]?.output).toMatch(/^error: services "web" is invalid\n[\s\S]*error: Edit cancelled, no valid changes were saved\.\n$/);
    expect(result.transcript[2]).toEqual({ line: "kubectl get svc web -o jsonpath={.spec.ports[0].port}", output: "8080", code: 0 });
    expect(result.errors).toEqual([]);
    expect(result.passed).toBe(false);
  });

  it("writes the answer files into the shell's home, then applies the non-empty ones on top", () => {
    const svc = "apiVersion: v1\nkind: Service\nmetadata: { name: web }\nspec:\n  selector: { app: web }\n  ports: [{ port: 8080, targetPort: 80 }]\n";
    const viaShell = gradeWithCommands(EXPOSE, { files: [{ file: "svc.yaml", text: svc }, { file: "empty.yaml", text: "  \n" }], commands: [{ line: "cat svc.yaml | grep -c targetPort" }] });
    expect(viaShell.transcript[0]?.output).toBe("1\n");
    expect(viaShell.passed).toBe(true);
    // The files are applied after the commands, as the manifest editor's Submit would: the wrong Service is replaced.
    const overridden = gradeWithCommands(EXPOSE, { files: [{ file: "svc.yaml", text: svc }], commands: [{ line: "kubectl expose deployment web --port=8080" }] });
    expect(overridden.passed).toBe(true);
  });

  it("grades exactly as gradeScenario when there are no commands", () => {
    const files = [{ file: "svc.yaml", text: "apiVersion: v1\nkind: Service\nmetadata: { name: web }\nspec:\n  selector: { app: web }\n  ports: [{ port: 8080 }]\n" }];
    expect(gradeWithCommands(EXPOSE, { files, commands: [] }, { seed: 7 })).toEqual({ ...gradeScenario(EXPOSE, files, { seed: 7 }), transcript: [] });
  });

  it("is deterministic: the same session and seed give the same result, transcript and generated names", () => {
    const commands = [{ line: "kubectl expose deployment web --port=8080 --target-port=80" }, { line: "kubectl get pods -o wide" }, { line: "kubectl exec client -- wget -qO- http://web:8080/" },
      { line: "kubectl edit svc web", edited: "apiVersion: v1\nkind: Service\nmetadata: { name: web }\nspec: { ports: [{ port: 99999 }] }\n" }];
    const a = gradeWithCommands(EXPOSE, { files: [], commands }, { seed: 3 });
    const b = gradeWithCommands(EXPOSE, { files: [], commands }, { seed: 3 });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(a.transcript[2]?.output).toMatch(/^<simulated HTTP 200 from pod default\/web-/);
    // The copy kubectl keeps of a rejected edit has a seeded name too.
    expect(a.transcript[3]?.output).toMatch(/A copy of your changes has been stored to "\/tmp\/kubectl-edit-\d+\.yaml"/);
  });

  it("replays action checks (faults) on fresh clusters with the same commands", () => {
    const scenario = load("cmd-create-deployment");
    const bare = gradeWithCommands(scenario, { files: [], commands: [{ line: "kubectl run web --image=kubedeck/web:1.0" }] });
    expect(check(bare, "replaced-after-delete")?.passed).toBe(false);
    const deployed = gradeWithCommands(scenario, { files: [], commands: [{ line: "kubectl create deployment web --image=kubedeck/web:1.0 --replicas=3" }] });
    expect(deployed.checks.every((c) => c.passed)).toBe(true);
  });

  it(`replays at most ${MAX_COMMANDS} commands and says so in the errors`, () => {
    const commands = Array.from({ length: MAX_COMMANDS + 5 }, (_v, i) => ({ line: i === MAX_COMMANDS + 4 ? "kubectl expose deployment web --port=8080 --target-port=80" : "true" }));
    const result = gradeWithCommands(EXPOSE, { files: [], commands });
    expect(result.transcript).toHaveLength(MAX_COMMANDS);
    expect(result.errors.map((e) => e.message)).toEqual([`too many commands: ${MAX_COMMANDS + 5}; at most ${MAX_COMMANDS} are replayed, so commands ${MAX_COMMANDS + 1}–${MAX_COMMANDS + 5} did not run`]);
    expect(result.passed).toBe(false);
  });

  it("cuts each command's output at the cap and says so in the transcript", () => {
    const big = "x".repeat(MAX_OUTPUT_CHARS * 2);
    const result = gradeWithCommands(EXPOSE, { files: [{ file: "big.txt", text: big }], commands: [{ line: "cat big.txt" }] });
    const output = result.transcript[0]?.output ?? "";
    expect(output.startsWith("x".repeat(MAX_OUTPUT_CHARS) + "\n[output cut: only the first")).toBe(true);
    expect(output.length).toBeLessThan(MAX_OUTPUT_CHARS + 200);
  });
});
