import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkScenarios } from "@/lib/lint/scenario-checks";
import { buildPredictCards, buildPredictDeck, PREDICT_DECK } from "@/lib/scenarios";

const EXPOSE = readFileSync("content/scenarios/expose-web.md", "utf8");
const PREDICT_DIR = "content/scenarios/predict/";
const predictSources = () => readdirSync(PREDICT_DIR).filter((f) => f.endsWith(".md")).sort().map((f) => ({ file: PREDICT_DIR + f, text: readFileSync(PREDICT_DIR + f, "utf8") }));

describe("scenario lint", () => {
  it("accepts every built-in scenario and prediction", () => {
    const files = [...readdirSync("content/scenarios").filter((f) => f.endsWith(".md") && f !== "README.md").map((f) => ({ path: `content/scenarios/${f}`, text: readFileSync(`content/scenarios/${f}`, "utf8") })),
      ...predictSources().map((s) => ({ path: s.file, text: s.text }))];
    expect(checkScenarios(files)).toEqual([]);
  });

  it("reports a wrong answer that passes, a failing solution and an id that is not the file name, at their lines", () => {
    const broken = EXPOSE
      .replace("```yaml fails=three-ready expect=\"1 ready\"", "```yaml fails=shop-answers")
      .replace("  replicas: 3\n  selector:\n    matchLabels: { app: web }", "  replicas: 2\n  selector:\n    matchLabels: { app: web }");
    const findings = checkScenarios([{ path: "content/scenarios/expose.md", text: broken }]);
    const lines = findings.map((f) => `${f.file}:${f.line}: ${f.message}`);
    const lineOf = (text: string) => broken.split("\n").findIndex((l) => l.startsWith(text)) + 1;
    expect(lines).toEqual(expect.arrayContaining([
      expect.stringMatching(/^content\/scenarios\/expose\.md:2: id "expose-web" must match the file name/),
      `content/scenarios/expose.md:${lineOf("## Solution")}: reference solution "Deployment, Service and Ingress" fails check three-ready: 2 ready pods with image kubedeck/web:1.0, expected at least 3`,
      expect.stringMatching(new RegExp(`^content/scenarios/expose\\.md:${lineOf("### Only one replica")}: wrong answer "Only one replica" passes check shop-answers, which it must fail`)),
    ]));
  });

  it("reports a wrong answer whose failure message lacks the expected words", () => {
    const broken = EXPOSE.replace('fails=replaced-after-delete expect="bare Pod"', 'fails=replaced-after-delete expect="no StatefulSet"');
    const findings = checkScenarios([{ path: "content/scenarios/expose-web.md", text: broken }]);
    expect(findings).toEqual([expect.objectContaining({ rule: "scenario/wrong-message", line: broken.split("\n").indexOf("### Three bare Pods") + 1, message: expect.stringContaining('does not say "no StatefulSet"') })]);
  });

  it("reports a rejected starting object at its line in the scenario", () => {
    const broken = readFileSync("content/scenarios/fix-pending.md", "utf8").replace("          image: kubedeck/web:1.0\n          ports:\n            - containerPort: 8080\n          resources:", "          image: kubedeck/web:1.0\n          ports:\n            - containerPort: 80800\n          resources:");
    const findings = checkScenarios([{ path: "content/scenarios/fix-pending.md", text: broken }]);
    expect(findings).toEqual([expect.objectContaining({ rule: "scenario/given-rejected", line: broken.split("\n").findIndex((l) => l.includes("80800")) + 1 })]);
  });

  it("reports a prediction whose options lack the engine's answer", () => {
    const text = predictSources().find((s) => s.file.endsWith("pod-states.md"))?.text.replace("options: [Running, CrashLoopBackOff, Pending, ErrImagePull]", "options: [Running, Pending]") ?? "";
    const findings = checkScenarios([{ path: "content/scenarios/predict/pod-states.md", text }]);
    expect(findings).toEqual([expect.objectContaining({ rule: "predict/answer", message: expect.stringContaining('is "CrashLoopBackOff", which is not among the options (Running, Pending)') })]);
  });
});

describe("predict-the-outcome cards", () => {
  it("builds at least ten multiple-choice cards with engine-computed answers and stable ids", () => {
    const cards = buildPredictCards(predictSources(), 1);
    expect(cards.length).toBeGreaterThanOrEqual(10);
    for (const card of cards) {
      expect(card.kind).toBe("mcq");
      expect(card.options?.[card.answer ?? -1]).toBe(card.back);
      expect(card.topic[0]).toBe(PREDICT_DECK);
      expect(card.id).toMatch(/^predict-[a-z0-9-]+$/);
    }
    expect(new Set(cards.map((c) => c.id)).size).toBe(cards.length);
    expect(buildPredictCards(predictSources(), 1).map((c) => c.id)).toEqual(cards.map((c) => c.id));
    const byTitle = (t: string) => cards.find((c) => c.topic[1] === t);
    expect(byTitle("How many web pods are ready one minute after worker-2 fails?")?.back).toBe("2");
    expect(byTitle("How many web pods are ready ten minutes after worker-2 fails?")?.back).toBe("3");
    expect(byTitle("What status does the API pod show without its environment?")?.back).toBe("CrashLoopBackOff");
    expect(byTitle("Which app answers shop.example.com/apiary?")?.back).toBe("Deployment web");
    expect(byTitle("Who answers when the Service's selector matches no pod?")?.explanation).toContain("the selector app=shop-web matches no pod");
  });

  it("reports a question the engine cannot answer", () => {
    const { issues } = buildPredictDeck([{ file: "q.md", text: "## Q\n\n```yaml\napiVersion: v1\nkind: ConfigMap\nmetadata: { name: c }\n```\n\n```predict\nevent: { fail-node: worker-9 }\nask: { status: x }\n```\n" }]);
    expect(issues).toEqual([{ file: "q.md", line: 1, message: 'the engine cannot answer "Q": there is no node worker-9' }]);
  });
});
