/** readMarkdownDocument: the generic reader scenario quizzes (issue 6) build on. */
import { describe, expect, it } from "vitest";
import { readMarkdownDocument } from "@/lib/notes";

const SCENARIO = `---
id: expose-web
title: Expose the web app
difficulty: 2
---
Intro text.

# Task
Run three replicas and expose them.

## Hints
- Use a Deployment
- Then a Service and an Ingress

## Solution

\`\`\`yaml file=web.yaml
apiVersion: apps/v1
kind: Deployment
\`\`\`
`;

describe("readMarkdownDocument", () => {
  const doc = readMarkdownDocument(SCENARIO.replace(/\n/g, "\r\n"), "s.md");

  it("reads front matter of any keys with their lines", () => {
    expect(doc.frontMatter).toEqual({ id: "expose-web", title: "Expose the web app", difficulty: 2 });
    expect(doc.frontMatterLines).toEqual({ id: 2, title: 3, difficulty: 4 });
    expect(doc.preamble).toBe("Intro text.");
    expect(doc.issues).toEqual([]);
  });

  it("gives sections with paths, prose, list items and fenced blocks with lines", () => {
    expect(doc.sections.map((section) => [section.path.join(" > "), section.line])).toEqual([
      ["Task", 8],
      ["Task > Hints", 11],
      ["Task > Solution", 15],
    ]);
    expect(doc.sections[0]?.markdown).toBe("Run three replicas and expose them.");
    expect(doc.sections[1]?.items).toEqual(["Use a Deployment", "Then a Service and an Ingress"]);
    expect(doc.sections[2]?.blocks).toEqual([{ lang: "yaml", meta: "file=web.yaml", value: "apiVersion: apps/v1\nkind: Deployment", line: 17 }]);
  });

  it("reports bad front matter with its line", () => {
    const bad = readMarkdownDocument("---\ntitle: x\n  bad: [\n---\n# T\n", "b.md");
    expect(bad.frontMatter).toBeNull();
    expect(bad.issues[0]).toMatchObject({ file: "b.md", severity: "error", code: "front-matter" });
  });
});
