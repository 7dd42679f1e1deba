/**
 * Issue 12: YAML nested thousands of levels deep in front matter, a quiz block or a predict block is
 * an error at its line, never handed to the `yaml` library, whose building recurses once per level
 * (a few such inputs in a row ended the whole process: V8 aborted instead of throwing).
 */
import { describe, expect, it } from "vitest";
import { parseNotes, readMarkdownDocument } from "@/lib/notes";
import { setFrontMatter } from "@/lib/decks/set-front-matter";
import { parsePredictFile } from "@/lib/scenarios/predict/parse-predict";

const deepFlow = "[".repeat(15_000);
const deepBlock = `${"- ".repeat(100)}a`;

describe("deeply nested YAML in notes", () => {
  it.each([
    ["flow", deepFlow],
    ["block", `\n${deepBlock}`],
  ])("refuses %s front matter nested too deep, at its line, again and again", (_kind, value) => {
    const text = `---\ntitle: Deep\nkeys: ${value}\n---\n\n- **Pod** — the smallest unit\n`;
    for (let round = 0; round < 6; round++) {
      const { issues } = parseNotes(text, { file: "deep.md" });
      expect(issues[0]).toMatchObject({ severity: "error", code: "front-matter", message: "front matter nests lists and mappings more than 64 levels deep: flatten it." });
      expect(issues[0]?.line).toBeGreaterThanOrEqual(3);
    }
    expect(readMarkdownDocument(text, "deep.md").issues[0]?.message).toMatch(/more than 64 levels deep/);
  });

  it("refuses a quiz block nested too deep, at its line", () => {
    const text = `# Pods\n\n\`\`\`quiz\nquestion: Which?\noptions: ${deepFlow}\nanswer: a\n\`\`\`\n`;
    for (let round = 0; round < 6; round++) {
      const { cards, issues } = parseNotes(text, { file: "quiz.md" });
      expect(cards).toHaveLength(0);
      expect(issues).toContainEqual(expect.objectContaining({ line: 5, code: "quiz", message: "quiz block: this quiz block nests lists and mappings more than 64 levels deep: flatten it." }));
    }
  });

  it("refuses a predict block nested too deep", () => {
    const text = `---\nid: deep-predict\ntitle: Deep\n---\n\n## What happens?\n\n\`\`\`predict\nmanifests: ${deepFlow}\n\`\`\`\n`;
    const { issues } = parsePredictFile(text, "deep-predict.md");
    expect(issues.map((issue) => issue.message)).toContain("the predict block nests lists and mappings more than 64 levels deep: flatten it.");
  });

  it("refuses to edit deep front matter with a clear error", () => {
    expect(() => setFrontMatter(`---\nkeys: ${deepFlow}\n---\n# A\n`, { title: "New" })).toThrow(/nests lists and mappings too deeply/);
  });

  it("still reads front matter nested a few levels", () => {
    const text = `---\ntitle: Shallow\ntags: [[a, [b]], c]\n---\n\n- **Pod** — the smallest unit\n`;
    expect(parseNotes(text, { file: "ok.md" }).issues.filter((issue) => /levels deep/.test(issue.message))).toEqual([]);
  });
});
