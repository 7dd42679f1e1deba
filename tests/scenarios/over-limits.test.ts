/**
 * Issue 12: what is over a limit gets an error that says what, where and how to fix — scenario
 * parts that would multiply grading, answers too large to read quickly, and YAML nested deeper than
 * the `yaml` library can build (two such answers in a row used to abort the whole process).
 */
import { describe, expect, it } from "vitest";
import { createCluster } from "@/lib/cluster";
import { readManifests } from "@/lib/cluster/admission";
import { createShell } from "@/lib/kubectl";
import { MAX_YAML_DEPTH } from "@/lib/yaml/yaml-depth";
import { parseScenario } from "@/lib/scenarios";
import { readChecksBlock, readClusterBlock } from "@/lib/scenarios/parse-blocks";
import { MAX_STARTING_REPLICAS } from "@/lib/scenarios/answer-limits";
import { MAX_CHECKS, MAX_SOLUTIONS, MAX_WRONG_ANSWERS } from "@/lib/scenarios/scenario-limits";
import { verifyScenario } from "@/lib/scenarios/verify-scenario";
import { attemptSchema, MAX_ANSWER_BYTES, MAX_ANSWER_FILES, MAX_ANSWER_TOTAL_BYTES, MAX_COMMANDS_CHARS } from "@/lib/validations/scenario";
import { manySolutions, scenarioWith } from "./hostile-inputs";

const lineOf = (text: string, fragment: string): number => text.slice(0, text.indexOf(fragment)).split("\n").length;

describe("scenario parts that multiply grading", () => {
  it(`refuses more than ${MAX_SOLUTIONS} reference solutions, at the first one over`, () => {
    const text = manySolutions(MAX_SOLUTIONS + 1, 1);
    const { scenario, issues } = parseScenario(text, "many.md");
    expect(scenario).toBeUndefined();
    expect(issues).toEqual([{ file: "many.md", line: lineOf(text, `## Solution ${MAX_SOLUTIONS - 1}\n`), message: expect.stringMatching(/^11 reference solutions: a scenario may have at most 10 .*Keep the ones that teach something different\.$/) }]);
  });

  it(`refuses more than ${MAX_WRONG_ANSWERS} known-wrong answers and accepts ${MAX_SOLUTIONS} solutions with ${MAX_WRONG_ANSWERS} wrong answers`, () => {
    expect(parseScenario(manySolutions(MAX_SOLUTIONS, MAX_WRONG_ANSWERS), "ok.md").issues).toEqual([]);
    const text = manySolutions(1, MAX_WRONG_ANSWERS + 1);
    const { issues } = parseScenario(text, "wrong.md");
    expect(issues.map((issue) => issue.message)).toEqual([expect.stringMatching(/^21 known-wrong answers: a scenario may have at most 20 /)]);
    expect(issues[0]?.line).toBe(lineOf(text, `### Wrong ${MAX_WRONG_ANSWERS}\n`));
  });

  it(`refuses more than ${MAX_CHECKS} checks`, () => {
    const checks = Array.from({ length: MAX_CHECKS }, (_, index) => `- id: c${index}\n  title: C\n  type: count\n  pods: { labels: { app: web } }\n  equals: 1\n`).join("");
    const { issues } = parseScenario(scenarioWith({ checks }), "checks.md");
    expect(issues.map((issue) => issue.message)).toEqual([expect.stringMatching(/^31 checks: a scenario may have at most 30 .*Merge checks that test the same thing\.$/)]);
  });

  it("reports a solution over a learner's answer limits at its line and grades nothing", () => {
    const text = scenarioWith({ tail: "## Solution: big\n\n```yaml\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: big\nspec:\n  replicas: 5000\n  selector: { matchLabels: { app: big } }\n  template:\n    metadata: { labels: { app: big } }\n    spec: { containers: [{ name: c, image: nginx }] }\n```\n" });
    expect(verifyScenario(text, "big.md")).toEqual([
      { file: "big.md", line: lineOf(text, "  replicas: 5000"), rule: "scenario/too-large", message: 'reference solution "big": answer.yaml:6: Deployment/big spec.replicas: 5000 replicas is more than scenarios allow (50). No task needs that many: lower it.' },
    ]);
  });

  it(`refuses starting objects over ${MAX_STARTING_REPLICAS} replicas in all, at the starting block`, () => {
    const deployment = (name: string): string => `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\nspec:\n  replicas: 40\n  selector: { matchLabels: { app: ${name} } }\n  template:\n    metadata: { labels: { app: ${name} } }\n    spec: { containers: [{ name: c, image: nginx }] }\n`;
    const text = scenarioWith({ tail: `## Starting cluster\n\n\`\`\`yaml file=given.yaml\n${["a", "b", "c"].map(deployment).join("---\n")}\`\`\`\n` });
    expect(verifyScenario(text, "given.md")).toEqual([
      { file: "given.md", line: lineOf(text, "```yaml file=given.yaml"), rule: "scenario/too-large", message: "the starting objects: the workloads ask for 120 replicas in all; a starting cluster may have at most 100, since every grading settles them first. Lower the replicas the task does not depend on." },
    ]);
    expect(verifyScenario(text.replace(/replicas: 40/g, "replicas: 33"), "given.md").filter((finding) => finding.rule === "scenario/too-large")).toEqual([]);
  });
});

describe("answers over the attempt limits", () => {
  const issuesOf = (body: unknown): { path: string; message: string }[] => {
    const parsed = attemptSchema.safeParse(body);
    return parsed.success ? [] : parsed.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
  };
  const file = (text: string, index = 0) => ({ file: `f${index}.yaml`, text });

  it("names the file that is too long, too many files, and too much in all, with what to do", () => {
    expect(issuesOf({ clientId: "client-1", files: [file("x".repeat(MAX_ANSWER_BYTES + 1))] })).toEqual([{ path: "files.0.text", message: "An answer file may be 50 KB at most: keep the objects the task asks for and remove the rest." }]);
    expect(issuesOf({ clientId: "client-1", files: Array.from({ length: MAX_ANSWER_FILES + 1 }, (_, index) => file("a: 1", index)) })).toEqual([{ path: "files", message: "At most 10 answer files: put related objects in one file, separated by ---." }]);
    const third = Math.ceil(MAX_ANSWER_TOTAL_BYTES / 3) + 1;
    expect(issuesOf({ clientId: "client-1", files: [0, 1, 2].map((index) => file("x".repeat(third), index)) })).toEqual([{ path: "files", message: expect.stringMatching(/^The answer files may be 100 KB at most in all: /) }]);
    expect(issuesOf({ clientId: "client-1", files: [0, 1].map((index) => file("x".repeat(MAX_ANSWER_TOTAL_BYTES / 2), index)) })).toEqual([]);
  });

  it("refuses commands over 100 k characters in all", () => {
    const commands = Array.from({ length: 6 }, () => ({ line: `echo ${"a".repeat(MAX_COMMANDS_CHARS / 6)}` }));
    expect(issuesOf({ clientId: "client-1", commands })).toEqual([{ path: "commands", message: expect.stringMatching(/^The commands of one attempt may be 100k characters at most in all/) }]);
  });
});

describe("shell variables", () => {
  it("stop a line or here-document that would expand past 1,000,000 characters, with a message", () => {
    // Before: 27 commands of `export A=$A$A` took 500 MB, and the next ended in "Invalid string length".
    const shell = createShell(createCluster({ workers: 1 }));
    shell.run("export A=aaaaaaaaaa");
    const results = Array.from({ length: 40 }, () => shell.run("export A=$A$A"));
    expect(results.findIndex((result) => result.code !== 0)).toBe(16);
    expect(results[39]?.stderr).toBe("bash: this line's variables expand to more than 1,000,000 characters; this shell stops there\n");
    expect(shell.run(`cat <<EOF\n${"$A".repeat(10)}\nEOF`).stderr).toBe("bash: this here-document's variables expand to more than 1,000,000 characters; this shell stops there\n");
    expect(shell.run("export B=$A").code).toBe(0);
  });
});

describe(`YAML nested more than ${MAX_YAML_DEPTH} levels`, () => {
  const nested = (levels: number): string => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  annotations: {a: "${"[".repeat(levels - 3)}${"]".repeat(levels - 3)}"}\nx: ${"[".repeat(levels - 1)}${"]".repeat(levels - 1)}\n`;

  it("is refused with the place and how to fix, and two in a row leave the process running", () => {
    const deep = `${"- ".repeat(5_000)}x\n`;
    for (const text of [deep, deep, `${"{".repeat(20_000)}`, `${"[".repeat(20_000)}`]) {
      const { documents, errors } = readManifests([{ file: "deep.yaml", text: `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: before}\n---\n${text}` }]);
      expect(documents.map((document) => document.object.metadata.name)).toEqual(["before"]);
      expect(errors).toEqual([{ file: "deep.yaml", line: 5, column: 2 * MAX_YAML_DEPTH + 1 - (text.startsWith("-") ? 0 : MAX_YAML_DEPTH), object: "", path: "", message: expect.stringMatching(/^This document nests lists and mappings more than 64 levels deep, .* Flatten it\. Documents after this one were not applied\.$/) }]);
    }
  });

  it(`reads ${MAX_YAML_DEPTH} levels and refuses ${MAX_YAML_DEPTH + 1}, counting the top-level mapping`, () => {
    expect(readManifests([{ file: "a.yaml", text: nested(MAX_YAML_DEPTH) }]).errors).toEqual([]);
    expect(readManifests([{ file: "a.yaml", text: nested(MAX_YAML_DEPTH + 1) }]).errors.map((error) => error.message)).toEqual([expect.stringMatching(/more than 64 levels deep/)]);
  });

  it("saved from `kubectl edit`, twice, reopens the editor with the reason and leaves the process running", () => {
    const shell = createShell(createCluster({ workers: 1 }));
    expect(shell.run("kubectl create deployment web --image=nginx").code).toBe(0);
    const text = shell.run("kubectl edit deploy web").edit?.text ?? "";
    // Two different texts: saving a reopened file unchanged would make kubectl give up instead.
    for (const open of ["[", "{"]) {
      const saved = shell.finishEdit(text.replace("  replicas: 1\n", `  replicas: 1\n  x: ${open.repeat(20_000)}\n`));
      expect(saved.edit?.text, open).toMatch(/^# The edited file had a syntax error: .*line 17: This document nests lists and mappings more than 64 levels deep/m);
    }
    shell.finishEdit(null);
    expect(shell.run("kubectl get deploy web -o jsonpath='{.spec.replicas}'").stdout).toBe("1");
  });

  it("in a checks or cluster block is reported at the block's line", () => {
    const issues: { line: number; message: string }[] = [];
    const report = (line: number, message: string): void => void issues.push({ line, message });
    expect(readChecksBlock(`${"- ".repeat(5_000)}x\n`, 12, report)).toEqual([]);
    expect(readClusterBlock(`nodes: ${"[".repeat(5_000)}`, 20, report)).toBeUndefined();
    expect(issues).toEqual([
      { line: 12, message: expect.stringMatching(/^The checks block nests lists and mappings more than 64 levels deep/) },
      { line: 20, message: expect.stringMatching(/^The cluster block nests lists and mappings more than 64 levels deep/) },
    ]);
  });
});
