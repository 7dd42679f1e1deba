/** The terminal-file check: a file written at the terminal holds the answer (exam tasks that write output to a file). */
import { describe, expect, it } from "vitest";
import { gradeScenario, gradeWithCommands, parseScenario, type Scenario } from "@/lib/scenarios";

const task = (check: string): Scenario => {
  const text = ["---", "id: t", "title: T", "topics: [x]", "difficulty: easy", "kind: commands", "time: 2m", "---", "", "## Task", "", "T.", "",
    "## Checks", "", "```checks", "- id: f", "  title: file", "  type: terminal-file", check, "```", "", "## Solution", "", "```sh", "true", "```", ""].join("\n");
  const { scenario, issues } = parseScenario(text, "t.md");
  expect(issues).toEqual([]);
  if (!scenario) throw new Error("does not parse");
  return scenario;
};
const first = (s: Scenario, lines: string[]) => gradeWithCommands(s, { files: [], commands: lines.map((line) => ({ line })) }).checks[0];

describe("terminal-file", () => {
  const LINES = task("  path: names.txt\n  lines: [a, b]");

  it("compares lines in any order, trimmed, blank lines ignored, with the path relative to /root", () => {
    expect(first(LINES, ["cat <<EOF > /root/names.txt\nb\n\n  a \nEOF"])).toMatchObject({ passed: true, message: "/root/names.txt holds the expected answer" });
  });

  it("names the missing and the unexpected lines", () => {
    expect(first(LINES, ["echo a > names.txt", "echo c >> names.txt"])?.message).toBe('/root/names.txt has 2 lines, expected 2: missing "b"; not expected "c"');
  });

  it("says how to write a file that is not there, and that a manifest answer has no terminal", () => {
    expect(first(LINES, ["echo a > other.txt"])?.message).toBe("there is no file /root/names.txt: write it at the terminal, e.g. `kubectl get … > /root/names.txt`");
    expect(gradeScenario(LINES, []).checks[0]?.message).toBe("/root/names.txt is read from the terminal's files, and this answer was not given at the terminal");
  });

  it("checks equals (trimmed) and contains", () => {
    const equals = task("  path: /tmp/image.txt\n  equals: nginx:1.27");
    expect(first(equals, ["echo nginx:1.27 > /tmp/image.txt"])?.passed).toBe(true);
    expect(first(equals, ["echo nginx:1.25 > /tmp/image.txt"])?.message).toBe('/tmp/image.txt holds "nginx:1.25\\n", expected "nginx:1.27"');
    const contains = task("  path: out.txt\n  contains: Running");
    expect(first(contains, ["echo Pending > out.txt"])?.message).toBe('/root/out.txt holds "Pending\\n", which does not contain "Running"');
  });

  it("asks for exactly one expectation", () => {
    const { issues } = parseScenario(["---", "id: t", "title: T", "topics: [x]", "difficulty: easy", "---", "## Task", "T.", "## Checks", "```checks",
      "- id: f", "  title: file", "  type: terminal-file", "  path: a.txt", "```", "## Solution", "```sh", "true", "```"].join("\n"), "t.md");
    expect(issues.map((i) => i.message)).toEqual(['check "f" (terminal-file): give exactly one of equals, contains or lines']);
  });
});
