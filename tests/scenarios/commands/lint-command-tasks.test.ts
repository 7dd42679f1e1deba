/** Lint of command tasks: reference sequences pass and exit 0 (typos at their line), wrong sequences fail their check. */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkScenarios } from "@/lib/lint/scenario-checks";
import { parseScenario } from "@/lib/scenarios";

const FILE = "tests/fixtures/scenarios/command-task.md";
const TEXT = readFileSync(FILE, "utf8");
const lint = (text: string) => checkScenarios([{ path: FILE, text }]).map((f) => `${f.line}: [${f.rule}] ${f.message}`);
const lineOf = (text: string, start: string): number => text.split("\n").findIndex((l) => l.startsWith(start)) + 1;

describe("lint of command tasks", () => {
  it("accepts the fixture: both reference sequences pass, the wrong one fails its check with the expected words", () => {
    expect(lint(TEXT)).toEqual([]);
  });

  it("reports a reference command that exits non-zero at its line in the file, with what it printed", () => {
    const typo = TEXT.replace("kubectl apply -f svc.yaml", "kubectl aply -f svc.yaml");
    expect(lint(typo)).toEqual(expect.arrayContaining([
      `${lineOf(typo, "kubectl aply")}: [scenario/command-fails] reference solution "a file written in vi, then applied": \`kubectl aply -f svc.yaml\` exits with code 1: error: unknown command "aply" for "kubectl" / Did you mean this? / apply`,
      expect.stringMatching(new RegExp(`^${lineOf(typo, "## Solution: a file written")}: \\[scenario/solution-fails\\] reference solution "a file written in vi, then applied" fails check answers`)),
    ]));
  });

  it("reports a diff edit step whose lines are not in the editor's text at the editing command", () => {
    const stale = TEXT.replace("-    targetPort: 8080\n", "-    targetPort: 9090\n");
    expect(lint(stale)).toEqual(expect.arrayContaining([
      expect.stringMatching(new RegExp(`^${lineOf(stale, "kubectl edit svc web")}: \\[scenario/command-fails\\] reference solution "expose, then fix with edit": \`kubectl edit svc web\` exits with code 1: kubedeck: the scripted edit was not made: the diff's lines are not in the text the editor opened with`)),
    ]));
  });

  it("reports a wrong sequence that passes, and one whose failure lacks the expected words", () => {
    const passing = TEXT.replace("kubectl expose deployment web --port=8080\n```\n", "kubectl expose deployment web --port=8080 --target-port=80\n```\n");
    expect(lint(passing)).toEqual([expect.stringMatching(new RegExp(`^${lineOf(passing, "### Only --port")}: \\[scenario/wrong-passes\\] wrong answer "Only --port" passes check answers, which it must fail`))]);
    const words = TEXT.replace('expect="nothing listens on port 8080"', 'expect="no such Service"');
    expect(lint(words)).toEqual([expect.stringMatching(/\[scenario\/wrong-message\] wrong answer "Only --port" fails answers, but the message does not say "no such Service"/)]);
  });

  it("reports a reference sequence longer than the replay limit", () => {
    const long = TEXT.replace("```sh\nvi svc.yaml", `\`\`\`sh\n${"true\n".repeat(300)}vi svc.yaml`);
    expect(lint(long)).toEqual(expect.arrayContaining([expect.stringMatching(/\[scenario\/command-limit\] "a file written in vi, then applied": too many commands: 302; at most 300 are replayed/)]));
  });
});

describe("the built-in command tasks", () => {
  const files = readdirSync("content/scenarios").filter((f) => f.startsWith("cmd-") && f.endsWith(".md")).sort();
  const parsed = files.map((f) => parseScenario(readFileSync(`content/scenarios/${f}`, "utf8"), `content/scenarios/${f}`));

  it("are at least 20, each a timed command task with 1–3 hints, a reference sequence and a wrong sequence", () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
    for (const { scenario, issues } of parsed) {
      expect(issues).toEqual([]);
      expect(scenario?.kind).toBe("commands");
      expect(scenario?.timeLimitSeconds).toBeGreaterThan(0);
      expect(scenario?.hints.length).toBeGreaterThanOrEqual(1);
      expect(scenario?.hints.length).toBeLessThanOrEqual(3);
      expect(scenario?.solutions.some((s) => (s.commands?.length ?? 0) > 0)).toBe(true);
      expect(scenario?.wrongAnswers.some((w) => (w.commands?.length ?? 0) > 0)).toBe(true);
    }
  });

  it("include the browser test's cmd-expose-web: six minutes, an edit fix and a delete + expose fix", () => {
    const expose = parsed.find((p) => p.scenario?.id === "cmd-expose-web")?.scenario;
    expect(expose?.timeLimitSeconds).toBe(360);
    expect(expose?.solutions.flatMap((s) => s.commands ?? []).map((c) => c.line)).toEqual(expect.arrayContaining(["kubectl edit service web", "kubectl delete service web"]));
    expect(expose?.wrongAnswers.find((w) => w.commands?.[0]?.line === "kubectl expose deployment web --port=8080")?.fails).toBe("web-answers-on-8080");
  });
});
