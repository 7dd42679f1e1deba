/**
 * Scenario Markdown is user input now (instructors author it in the app and push it): an alias bomb
 * in a cluster, checks or predict block is reported at its line like any other block error, with the
 * same words manifests and deck front matter use, instead of an exception that ends the request.
 */
import { describe, expect, it } from "vitest";
import { readChecksBlock, readClusterBlock } from "@/lib/scenarios/parse-blocks";
import { parsePredictFile } from "@/lib/scenarios/predict/parse-predict";

const bomb = (key: string) => `a: &a ["x","x","x","x","x","x","x","x","x","x"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]
${key}: [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]
`;

function reported(read: (report: (line: number, message: string) => void) => void): { line: number; message: string }[] {
  const issues: { line: number; message: string }[] = [];
  read((line, message) => issues.push({ line, message }));
  return issues;
}

describe("alias bombs in scenario blocks", () => {
  it("a cluster block reports too many aliases at its line", () => {
    const issues = reported((report) => expect(readClusterBlock(bomb("workers"), 12, report)).toBeUndefined());
    expect(issues).toEqual([{ line: 12, message: expect.stringMatching(/^too many aliases: the cluster block expands YAML aliases/) }]);
  });

  it("a checks block reports too many aliases and yields no checks", () => {
    const list = `- &a ["x","x","x","x","x","x","x","x","x","x"]\n- &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\n- &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\n- [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\n`;
    const issues = reported((report) => expect(readChecksBlock(list, 30, report)).toEqual([]));
    expect(issues).toEqual([{ line: 30, message: expect.stringMatching(/^too many aliases: the checks block/) }]);
  });

  it("a predict block reports too many aliases at its line", () => {
    const file = ["---", "id: p", "title: P", "---", "", "## What happens?", "", "```predict", bomb("event").trimEnd(), "```", "", "```yaml", "apiVersion: v1", "kind: Pod", "metadata: {name: p}", "spec: {containers: [{name: c, image: nginx}]}", "```", ""].join("\n");
    const { issues } = parsePredictFile(file, "predict.md");
    expect(issues.some((issue) => /^too many aliases: the predict block/.test(issue.message))).toBe(true);
  });
});
