import { describe, expect, it } from "vitest";
import { parseScenario } from "@/lib/scenarios";

const GOOD = `---
id: tiny
title: A tiny scenario
topics: [pods]
difficulty: easy
---

## Task

Run one \`nginx\` pod.

## Starting cluster

Two workers; worker-2 is small.

\`\`\`cluster
workers: 2
nodes:
  - { name: worker-2, cpu: "1" }
\`\`\`

\`\`\`yaml file=ns.yaml
apiVersion: v1
kind: Namespace
metadata: { name: team-a }
\`\`\`

## Checks

\`\`\`checks
- id: one-ready
  title: One nginx pod is ready
  type: count
  pods: { image: nginx }
  equals: 1
\`\`\`

## Hints

- A Pod needs a container with an image.
- Try \`kind: Pod\`.

## Solution: a Pod

\`\`\`yaml
apiVersion: v1
kind: Pod
metadata: { name: web }
spec: { containers: [{ name: web, image: nginx }] }
\`\`\`

A bare Pod is enough here.

## Wrong answers

### No pod at all

\`\`\`yaml fails=one-ready expect="0 ready"
apiVersion: v1
kind: ConfigMap
metadata: { name: nothing }
\`\`\`
`;

describe("parseScenario", () => {
  it("reads every part of a scenario with its lines", () => {
    const { scenario, issues } = parseScenario(GOOD, "tiny.md");
    expect(issues).toEqual([]);
    expect(scenario).toMatchObject({
      id: "tiny", title: "A tiny scenario", topics: ["pods"], difficulty: "easy", task: "Run one `nginx` pod.",
      clusterText: "Two workers; worker-2 is small.",
      hints: ["A Pod needs a container with an image.", "Try `kind: Pod`."],
    });
    expect(scenario?.cluster.nodes.map((n) => [n.name, n.cpu ?? "4"])).toEqual([["control-plane", "4"], ["worker-1", "4"], ["worker-2", "1"]]);
    expect(scenario?.cluster.given).toEqual([{ file: "ns.yaml", line: 22, text: "apiVersion: v1\nkind: Namespace\nmetadata: { name: team-a }" }]);
    expect(scenario?.checks).toEqual([{ id: "one-ready", title: "One nginx pod is ready", type: "count", params: { pods: { image: "nginx" }, equals: 1 }, line: 31 }]);
    expect(scenario?.solutions).toEqual([{ title: "a Pod", line: 43, files: [expect.objectContaining({ file: "answer.yaml", line: 45 })], explanation: "A bare Pod is enough here." }]);
    expect(scenario?.wrongAnswers).toEqual([expect.objectContaining({ title: "No pod at all", line: 56, fails: "one-ready", expect: "0 ready" })]);
  });

  it("reports each problem as file:line with what to do", () => {
    const broken = GOOD
      .replace("difficulty: easy", "difficulty: trivial")
      .replace("fails=one-ready", "fails=two-ready")
      .replace("  equals: 1", "  equals: one\n- id: Bad_Id\n  title: x\n  type: count")
      .replace("- { name: worker-2, cpu: \"1\" }", "- { name: worker-2, cpus: 1 }");
    const { scenario, issues } = parseScenario(broken, "tiny.md");
    expect(scenario).toBeUndefined();
    const lines = issues.map((i) => `${i.file}:${i.line}: ${i.message}`);
    expect(lines).toEqual(expect.arrayContaining([
      expect.stringMatching(/^tiny\.md:5: difficulty must be one of easy, medium, hard, got "trivial"/),
      expect.stringMatching(/^tiny\.md:16: cluster block: nodes\.0: Unrecognized key: "cpus"/),
      expect.stringMatching(/^tiny\.md:\d+: check id must be lower-case letters, digits and dashes/),
      expect.stringMatching(/^tiny\.md:31: check "one-ready" \(count\): equals: .*expected number/),
      expect.stringMatching(/^tiny\.md:59: wrong answer "No pod at all" names check "two-ready", which is not among this scenario's checks \(one-ready, Bad_Id\)|which is not among this scenario's checks \(one-ready\)/),
    ]));
  });

  it("also reads the failing check from comment lines at the top of the block", () => {
    const text = GOOD.replace('```yaml fails=one-ready expect="0 ready"\napiVersion: v1', '```yaml\n# fails: one-ready\n# expect: "0 ready"\napiVersion: v1');
    const { scenario, issues } = parseScenario(text, "tiny.md");
    expect(issues).toEqual([]);
    expect(scenario?.wrongAnswers[0]).toMatchObject({ fails: "one-ready", expect: "0 ready" });
  });

  it("refuses a field check with an invalid pattern", () => {
    const text = GOOD.replace("  type: count\n  pods: { image: nginx }\n  equals: 1", "  type: field\n  object: { kind: Pod, name: web }\n  path: spec.nodeName\n  matches: '(worker'");
    expect(parseScenario(text, "tiny.md").issues.map((i) => i.message)).toEqual(['check "one-ready" (field): matches is not a valid regular expression']);
  });

  it("reports unknown check types and missing sections", () => {
    const { issues } = parseScenario("---\nid: x\ntitle: X\ntopics: []\ndifficulty: easy\n---\n\n## Checks\n\n```checks\n- id: a\n  title: A\n  type: teleport\n```\n", "x.md");
    const text = issues.map((i) => `${i.line}: ${i.message}`);
    expect(text).toEqual(expect.arrayContaining([
      expect.stringMatching(/^11: check "a" \(teleport\): unknown check type "teleport"; known types: count, dns/),
      '1: no "## Task" section',
      '1: no reference solution: add a "## Solution" section with a ```yaml block (or a ```sh block of commands)',
    ]));
  });
});

describe("the format documentation", () => {
  it("has a valid example for every check type", async () => {
    const { readFileSync } = await import("node:fs");
    const { readMarkdownDocument } = await import("@/lib/notes");
    const { readChecksBlock } = await import("@/lib/scenarios/parse-blocks");
    const { CHECK_TYPES } = await import("@/lib/scenarios");
    const doc = readMarkdownDocument(readFileSync("content/scenarios/README.md", "utf8"), "README.md");
    const problems: string[] = [];
    const types = doc.sections.flatMap((s) => s.blocks.filter((b) => b.lang === "checks"))
      .flatMap((b) => readChecksBlock(b.value, b.line, (line, message) => void problems.push(`${line}: ${message}`)))
      .map((c) => c.type);
    expect(problems).toEqual([]);
    expect([...new Set(types)].sort()).toEqual([...CHECK_TYPES]);
  });
});
