/** `kubedeck cards` and `kubedeck lint`: output contracts and exit codes. */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "@/lib/cli/main";
import { checker as deckChecker } from "@/lib/lint/deck-checks";
import { assignFiles, runLint } from "@/lib/lint/run-lint";
import type { LintChecker } from "@/lib/lint/types";

async function run(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(args, { stdout: (text) => void (out += text), stderr: (text) => void (err += text), cwd, now: () => new Date() });
  return { code, out, err };
}

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "kubedeck-notes-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const GOOD = "---\ntitle: Pods\n---\n# Pods\n- **Pod** - the smallest unit\n\n```quiz\nquestion: Smallest unit?\noptions: [Pod, Node]\nanswer: Pod\n```\n";

describe("kubedeck cards", () => {
  it("prints one JSON array with the contract fields", async () => {
    const dir = workspace({ "a.md": GOOD, "b.txt": "Node: a machine that runs Pods\n" });
    const { code, out } = await run(["cards", "a.md", "b.txt", "--json"], dir);
    expect(code).toBe(0);
    const cards = JSON.parse(out) as Record<string, unknown>[];
    expect(cards.map((card) => [card.kind, card.front, card.source])).toEqual([
      ["basic", "Pod", { file: "a.md", line: 5 }],
      ["mcq", "Smallest unit?", { file: "a.md", line: 7 }],
      ["basic", "Node", { file: "b.txt", line: 1 }],
    ]);
    expect(cards[1]).toMatchObject({ options: ["Pod", "Node"], answer: 0, topic: ["Pods"] });
    for (const card of cards) expect(Object.keys(card)).toEqual(expect.arrayContaining(["id", "kind", "front", "back", "topic", "source"]));
  });

  it("prints readable text by default", async () => {
    const dir = workspace({ "a.md": GOOD });
    const { code, out } = await run(["cards", "a.md"], dir);
    expect(code).toBe(0);
    expect(out).toContain("a.md: 2 cards");
    expect(out).toContain("[basic] a.md:5 · Pods");
    expect(out).toContain("  Q Pod\n  A the smallest unit");
  });

  it("exits 2 without files, on an unreadable file (naming it) and on an unknown option", async () => {
    const dir = workspace({ "a.md": GOOD });
    expect((await run(["cards"], dir)).code).toBe(2);
    const missing = await run(["cards", "a.md", "nope.md"], dir);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("cannot read nope.md");
    expect(missing.out).toBe("");
    expect((await run(["cards", "--bogus", "a.md"], dir)).code).toBe(2);
  });
});

describe("kubedeck lint", () => {
  it("passes clean decks and skips README.md", async () => {
    const dir = workspace({ "content/decks/pods.md": GOOD, "content/README.md": "- **Broken** - \n" });
    const { code, out, err } = await run(["lint"], dir);
    expect({ code, out }).toEqual({ code: 0, out: "" });
    expect(err).toContain("1 file checked: 0 errors");
  });

  it("reports each kind of error as file:line: message and exits 1", async () => {
    const dir = workspace({
      "content/decks/a.md": "---\ntitle: A\nauthor: me\n---\n# A\n- **Deployment** - \n- **Pod** - x y\n- **Pod** - again\n\n```quiz\nquestion: Q?\noptions: [a, b]\nanswer: c\n```\n\n```quiz\nquestion: Q2?\noptions: [a]\nanswer: a\n```\n\n```quiz\nquestion: [broken\n```\n\n<!-- id: shared -->\n- **Node** - a machine\n",
      "content/decks/b.md": "---\ntitle: B\n---\n<!-- id: shared -->\n- **Etcd** - a store\n",
    });
    const { code, out } = await run(["lint", "content/"], dir);
    expect(code).toBe(1);
    const lines = out.trim().split("\n");
    expect(lines).toEqual([
      'content/decks/a.md:3: unknown front-matter key "author" (allowed: id, title, description, topics, tags)',
      'content/decks/a.md:6: empty definition for "Deployment": no card made',
      'content/decks/a.md:8: duplicate front "Pod" (also at line 7): pin an id or reword one',
      'content/decks/a.md:10: quiz block: answer "c" is not one of the options (it must match an option\'s text exactly)',
      "content/decks/a.md:16: quiz block: needs at least 2 options (found 1)",
      expect.stringMatching(/^content\/decks\/a\.md:2[23]: quiz block: invalid YAML/),
      'content/decks/b.md:5: duplicate card id "shared" (also at content/decks/a.md:27)',
    ]);
  });

  it("reports a deck a server would refuse as too large or too complex, at the line", async () => {
    const dir = workspace({
      "content/decks/big.md": `---\ntitle: Big\n---\n${"Pods run containers on nodes.\n\n".repeat(3_500)}`,
      "content/decks/costly.md": `---\ntitle: Costly\n---\n${Array.from({ length: 1_600 }, (_, index) => `- **Term ${index}** - a unit\n`).join("")}`,
    });
    const { code, out } = await run(["lint", "content/"], dir);
    expect(code).toBe(1);
    expect(out).toMatch(/^content\/decks\/big\.md:1: 109 KB: a server takes 100 KB at most\. Split the file/m);
    expect(out).toMatch(/^content\/decks\/costly\.md:1003: too complex: by line 1,003 this text passes 3,000 reading units/m);
  });

  it("prints warnings with a warning: prefix and still exits 0", async () => {
    const dir = workspace({ "decks/x.md": "# X\n- **Pod** - x y\n" });
    const { code, out } = await run(["lint", "decks"], dir);
    expect(code).toBe(0);
    expect(out).toBe("decks/x.md:1: warning: no title in front matter (---\\ntitle: …\\n---)\n");
  });

  it("exits 2 on a missing path or unknown option", async () => {
    const dir = workspace({});
    const missing = await run(["lint", "nowhere/"], dir);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("cannot read nowhere/");
    expect((await run(["lint", "--strict"], dir)).code).toBe(2);
  });

  it("hands files to the checker that claims them, the rest to the fallback", () => {
    const scenarios: LintChecker = { id: "scenarios", description: "", claims: (path) => path.includes("scenarios/"), check: () => [] };
    const files = [{ path: "content/scenarios/x.md", text: "" }, { path: "content/decks/y.md", text: "" }, { path: "notes.md", text: "" }];
    const assigned = assignFiles(files, [deckChecker, scenarios]);
    expect(assigned.get(scenarios)?.map((file) => file.path)).toEqual(["content/scenarios/x.md"]);
    expect(assigned.get(deckChecker)?.map((file) => file.path)).toEqual(["content/decks/y.md", "notes.md"]);
  });

  it("reports scenario files as unchecked (not as broken decks) until a scenario checker exists", async () => {
    const findings = await runLint([{ path: "content/scenarios/x.md", text: "---\nid: x\ndifficulty: 2\n---\n" }], [deckChecker]);
    expect(findings).toEqual([expect.objectContaining({ severity: "warning", rule: "lint/unchecked", file: "content/scenarios/x.md" })]);
  });
});
